class A {
    void f() throws Exception {
        // ruleid: conf.metadata.java
        MessageDigest.getInstance("MD5");
        // ok: conf.metadata.java
        Signature.getInstance("MD5");
    }
}

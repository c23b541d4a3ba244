class A {
    void f(byte[] b) throws Exception {
        // ruleid: conf.pattern-either.java
        MessageDigest.getInstance("MD5");
        // ruleid: conf.pattern-either.java
        MessageDigest md = MessageDigest.getInstance("SHA1");
        // ruleid: conf.pattern-either.java
        String h = DigestUtils.md5Hex(b);
        // ok: conf.pattern-either.java
        MessageDigest.getInstance("SHA-256");
    }
}

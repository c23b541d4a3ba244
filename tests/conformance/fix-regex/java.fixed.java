class A {
    void f() throws Exception {
        // ruleid: conf.fix-regex.java
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: conf.fix-regex.java
        Cipher d = Cipher.getInstance(alg);
    }
}

class A {
    void f(String alg) throws Exception {
        // ruleid: conf.patterns.java
        Cipher c = Cipher.getInstance("DES");
        // ruleid: conf.patterns.java
        Cipher.getInstance("AES/ECB/PKCS5Padding");
        // ok: conf.patterns.java
        Cipher.getInstance(alg);
        // ok: conf.patterns.java
        MessageDigest.getInstance("MD5");
    }
}

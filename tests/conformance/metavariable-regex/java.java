class A {
    void f() throws Exception {
        // ruleid: conf.metavariable-regex.java
        Cipher.getInstance("DES");
        // ruleid: conf.metavariable-regex.java
        Cipher.getInstance("AES/ECB/PKCS5Padding");
        // ok: conf.metavariable-regex.java
        Cipher.getInstance("AES/GCM/NoPadding");
    }
}

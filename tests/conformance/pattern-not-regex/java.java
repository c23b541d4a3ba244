class A {
    void f() throws Exception {
        // ruleid: conf.pattern-not-regex.java
        Cipher.getInstance("DES");
        // ruleid: conf.pattern-not-regex.java
        Cipher.getInstance("AES/ECB/PKCS5Padding");
        // The regex match (the string) is inside the code match.
        // ok: conf.pattern-not-regex.java
        Cipher.getInstance("AES/GCM/NoPadding");
    }
}

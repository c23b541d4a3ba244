import static java.lang.Runtime.getRuntime;
import java.security.*;

class A {
    void f(String c) throws Exception {
        // java.lang is imported implicitly.
        // ruleid: conf.imports.java
        Runtime.getRuntime().exec(c);
        // ruleid: conf.imports.java
        java.lang.Runtime.getRuntime().exec(c);
        // A static import.
        // todoruleid: conf.imports.java
        getRuntime().exec(c);
        // ok: conf.imports.java
        other.getRuntime().exec(c);
        // ruleid: conf.imports.java.wildcard
        MessageDigest.getInstance("MD5");
        // ok: conf.imports.java.wildcard
        Signature.getInstance("MD5");
    }
}

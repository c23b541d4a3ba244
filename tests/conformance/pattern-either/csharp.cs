class A {
    void F() {
        // ruleid: conf.pattern-either.csharp
        var a = MD5.Create();
        // ruleid: conf.pattern-either.csharp
        var b = new MD5CryptoServiceProvider();
        // ruleid: conf.pattern-either.csharp
        SHA1.Create();
        // ok: conf.pattern-either.csharp
        SHA256.Create();
    }
}

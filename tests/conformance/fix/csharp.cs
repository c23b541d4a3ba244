class A {
    void F() {
        // ruleid: conf.fix.csharp
        var h = MD5.Create();
        // ok: conf.fix.csharp
        var g = SHA1.Create();
    }
}

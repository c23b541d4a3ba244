class A {
    void F() {
        // ruleid: conf.strings.csharp.any
        sink("a");
        // ruleid: conf.strings.csharp.any
        sink(@"b");
        // ok: conf.strings.csharp.any
        sink(x);
        // ok: conf.strings.csharp.any
        sink($"c{x}");
        // ruleid: conf.strings.csharp.exact
        check("a");
        // ruleid: conf.strings.csharp.exact
        check(@"a");
        // ok: conf.strings.csharp.exact
        check("b");
    }
}

class A {
    void F() {
        // ruleid: conf.deep-expressions.csharp
        sink(source());
        // ruleid: conf.deep-expressions.csharp
        sink("a" + source());
        // ruleid: conf.deep-expressions.csharp
        sink(f(g(source())));
        // ok: conf.deep-expressions.csharp
        sink(x);
        // ok: conf.deep-expressions.csharp
        sink(source);
        // ok: conf.deep-expressions.csharp
        other("a" + source());
    }
}

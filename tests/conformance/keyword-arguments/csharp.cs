class A {
    void F() {
        // ruleid: conf.keyword-arguments.csharp
        Configure(validate: false, name: n);
        // Named arguments in another order.
        // todoruleid: conf.keyword-arguments.csharp
        Configure(name: n, validate: false);
        // ok: conf.keyword-arguments.csharp
        Configure(name: n, validate: true);
    }
}

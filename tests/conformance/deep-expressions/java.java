class A {
    void f() {
        // `<...>` is not recognised around Java method invocations.
        // ruleid: conf.deep-expressions.java
        sink(source());
        // ruleid: conf.deep-expressions.java
        sink("a" + source());
        // ruleid: conf.deep-expressions.java
        sink(f(g(source())));
        // ok: conf.deep-expressions.java
        sink(x);
        // ok: conf.deep-expressions.java
        sink(source);
        // ok: conf.deep-expressions.java
        other("a" + source());
    }
}

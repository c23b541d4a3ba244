class A {
    void f() {
        // `<...>` is not recognised around Java method invocations.
        // todoruleid: conf.deep-expressions.java
        sink(source());
        // todoruleid: conf.deep-expressions.java
        sink("a" + source());
        // todoruleid: conf.deep-expressions.java
        sink(f(g(source())));
        // ok: conf.deep-expressions.java
        sink(x);
        // ok: conf.deep-expressions.java
        sink(source);
        // ok: conf.deep-expressions.java
        other("a" + source());
    }
}

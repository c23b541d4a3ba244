fn f() {
    // ruleid: conf.deep-expressions.rust
    sink(source());
    // ruleid: conf.deep-expressions.rust
    sink(1 + source());
    // ruleid: conf.deep-expressions.rust
    sink(f(g(source())));
    // ok: conf.deep-expressions.rust
    sink(x);
    // ok: conf.deep-expressions.rust
    sink(source);
    // ok: conf.deep-expressions.rust
    other(1 + source());
}

void f(void) {
    // ruleid: conf.deep-expressions.c
    sink(source());
    // ruleid: conf.deep-expressions.c
    sink(1 + source());
    // ruleid: conf.deep-expressions.c
    sink(f(g(source())));
    // ok: conf.deep-expressions.c
    sink(x);
    // ok: conf.deep-expressions.c
    sink(source);
    // ok: conf.deep-expressions.c
    other(1 + source());
}

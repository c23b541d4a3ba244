void f(void) {
    // ruleid: conf.strings.c.any
    sink("a");
    // ruleid: conf.strings.c.any
    sink(L"w");
    // ok: conf.strings.c.any
    sink(x);
    // ok: conf.strings.c.any
    sink('a');
    // ruleid: conf.strings.c.exact
    check("a");
    // ok: conf.strings.c.exact
    check("b");
}

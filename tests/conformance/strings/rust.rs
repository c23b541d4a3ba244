fn f() {
    // ruleid: conf.strings.rust.any
    sink("a");
    // ruleid: conf.strings.rust.any
    sink(r"b");
    // ok: conf.strings.rust.any
    sink(x);
    // ok: conf.strings.rust.any
    sink('a');
    // ruleid: conf.strings.rust.exact
    check("a");
    // ruleid: conf.strings.rust.exact
    check(r"a");
    // ok: conf.strings.rust.exact
    check("b");
}

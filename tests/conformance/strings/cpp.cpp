void f() {
    // ruleid: conf.strings.cpp.any
    sink("a");
    // ruleid: conf.strings.cpp.any
    sink(u8"w");
    // todoruleid: conf.strings.cpp.any
    sink(R"(raw)");
    // ok: conf.strings.cpp.any
    sink(x);
    // ok: conf.strings.cpp.any
    sink('a');
    // ruleid: conf.strings.cpp.exact
    check("a");
    // ok: conf.strings.cpp.exact
    check("b");
}

class A {
    void f() {
        // ruleid: conf.strings.java.any
        sink("a");
        // ruleid: conf.strings.java.any
        sink("");
        // ok: conf.strings.java.any
        sink(x);
        // ok: conf.strings.java.any
        sink('a');
        // ruleid: conf.strings.java.exact
        check("a");
        // ok: conf.strings.java.exact
        check("b");
    }
}

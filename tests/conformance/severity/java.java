class A {
    void f() {
        // ruleid: conf.severity.java.warning
        warn();
        // ruleid: conf.severity.java.critical
        crit();
        // ok: conf.severity.java.warning, conf.severity.java.critical
        other();
    }
}

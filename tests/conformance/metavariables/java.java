class A {
    void f() {
        // ruleid: conf.metavariables.java.same
        check(a == a);
        // ruleid: conf.metavariables.java.same
        check(obj.size() == obj . size());
        // ok: conf.metavariables.java.same
        check(a == b);
        // ok: conf.metavariables.java.same
        check(a != a);
        // ruleid: conf.metavariables.java.anonymous
        check(a, b);
        // ok: conf.metavariables.java.anonymous
        check(a);
        // ruleid: conf.metavariables.java.sequence
        run(FLAG);
        // ruleid: conf.metavariables.java.sequence
        run(a, b, FLAG);
        // ok: conf.metavariables.java.sequence
        run(FLAG, a);
    }
}

class A {
    void F() {
        // ruleid: conf.metavariables.csharp.same
        check(a == a);
        // ruleid: conf.metavariables.csharp.same
        check(obj.size() == obj . size());
        // ok: conf.metavariables.csharp.same
        check(a == b);
        // ok: conf.metavariables.csharp.same
        check(a != a);
        // ruleid: conf.metavariables.csharp.anonymous
        check(a, b);
        // ok: conf.metavariables.csharp.anonymous
        check(a);
        // ruleid: conf.metavariables.csharp.sequence
        run(FLAG);
        // ruleid: conf.metavariables.csharp.sequence
        run(a, b, FLAG);
        // ok: conf.metavariables.csharp.sequence
        run(FLAG, a);
    }
}

fn f() {
    // ruleid: conf.metavariables.rust.same
    check(a == a);
    // ruleid: conf.metavariables.rust.same
    check(obj.size() == obj . size());
    // ok: conf.metavariables.rust.same
    check(a == b);
    // ok: conf.metavariables.rust.same
    check(a != a);
    // ruleid: conf.metavariables.rust.anonymous
    check(a, b);
    // ok: conf.metavariables.rust.anonymous
    check(a);
    // ruleid: conf.metavariables.rust.sequence
    run(FLAG);
    // ruleid: conf.metavariables.rust.sequence
    run(a, b, FLAG);
    // ok: conf.metavariables.rust.sequence
    run(FLAG, a);
}

void f(void) {
    // ruleid: conf.metavariables.c.same
    check(a == a);
    // ruleid: conf.metavariables.c.same
    check(size(o) == size( o ));
    // ok: conf.metavariables.c.same
    check(a == b);
    // ok: conf.metavariables.c.same
    check(a != a);
    // ruleid: conf.metavariables.c.anonymous
    check(a, b);
    // ok: conf.metavariables.c.anonymous
    check(a);
    // ruleid: conf.metavariables.c.sequence
    run(FLAG);
    // ruleid: conf.metavariables.c.sequence
    run(a, b, FLAG);
    // ok: conf.metavariables.c.sequence
    run(FLAG, a);
}

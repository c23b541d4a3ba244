void f() {
    // ruleid: conf.metavariables.cpp.same
    check(a == a);
    // ruleid: conf.metavariables.cpp.same
    check(o.size() == o . size());
    // ok: conf.metavariables.cpp.same
    check(a == b);
    // ok: conf.metavariables.cpp.same
    check(a != a);
    // ruleid: conf.metavariables.cpp.anonymous
    check(a, b);
    // ok: conf.metavariables.cpp.anonymous
    check(a);
    // ruleid: conf.metavariables.cpp.sequence
    run(FLAG);
    // ruleid: conf.metavariables.cpp.sequence
    run(a, b, FLAG);
    // ok: conf.metavariables.cpp.sequence
    run(FLAG, a);
}

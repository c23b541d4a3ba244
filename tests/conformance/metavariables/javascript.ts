// ruleid: conf.metavariables.javascript.same
check(a == a);
// ruleid: conf.metavariables.javascript.same
check(obj.size() == obj . size());
// ok: conf.metavariables.javascript.same
check(a == b);
// ok: conf.metavariables.javascript.same
check(a != a);
// ruleid: conf.metavariables.javascript.anonymous
check(a, b);
// ok: conf.metavariables.javascript.anonymous
check(a);
// ruleid: conf.metavariables.javascript.sequence
run(FLAG);
// ruleid: conf.metavariables.javascript.sequence
run(a, b, FLAG);
// ok: conf.metavariables.javascript.sequence
run(FLAG, a);

void f(void) {
    // ruleid: conf.equivalences.c
    (sink(x));
    // ruleid: conf.equivalences.c
    sink((x));
    // ruleid: conf.equivalences.c
    sink(/* c */ x);
    // ruleid: conf.equivalences.c
    sink(
        x);
    // ok: conf.equivalences.c
    sink(x, y);
    // ok: conf.equivalences.c
    other(x);
    // ruleid: conf.equivalences.c.assign
    b = input();
    // ruleid: conf.equivalences.c.assign
    char *a = input();
    // ok: conf.equivalences.c.assign
    c = output();
}

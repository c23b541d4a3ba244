void f() {
    // ruleid: conf.equivalences.cpp
    (sink(x));
    // ruleid: conf.equivalences.cpp
    sink((x));
    // ruleid: conf.equivalences.cpp
    sink(/* c */ x);
    // ok: conf.equivalences.cpp
    sink(x, y);
    // ok: conf.equivalences.cpp
    other(x);
}

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
    // ruleid: conf.equivalences.cpp.assign
    b = input();
    // ruleid: conf.equivalences.cpp.assign
    auto a = input();
    // ok: conf.equivalences.cpp.assign
    c = output();
}

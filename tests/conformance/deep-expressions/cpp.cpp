void f() {
    // ruleid: conf.deep-expressions.cpp
    sink(source());
    // ruleid: conf.deep-expressions.cpp
    sink(1 + source());
    // ruleid: conf.deep-expressions.cpp
    sink(f(g(source())));
    // ok: conf.deep-expressions.cpp
    sink(x);
    // ok: conf.deep-expressions.cpp
    sink(source);
    // ok: conf.deep-expressions.cpp
    other(1 + source());
}

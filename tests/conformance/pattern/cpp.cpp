void f(void *p, long n) {
    // ruleid: conf.pattern.cpp
    auto a = reinterpret_cast<char *>(p);
    // ruleid: conf.pattern.cpp
    g(reinterpret_cast<int *>(n));
    // ok: conf.pattern.cpp
    auto b = static_cast<char *>(p);
}

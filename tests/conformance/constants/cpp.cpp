void f(const char *user) {
    const char *q = "ls";
    auto r = "pwd";
    // ruleid: conf.constants.cpp
    system(q);
    // ruleid: conf.constants.cpp
    system(r);
    // ok: conf.constants.cpp
    system(user);
}

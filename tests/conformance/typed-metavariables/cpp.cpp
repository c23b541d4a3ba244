void f(std::string cmd, const char *raw, int n, long l) {
    std::string other = g();
    // ruleid: conf.typed-metavariables.cpp
    system(cmd.c_str());
    // ruleid: conf.typed-metavariables.cpp
    system(other.c_str());
    // ok: conf.typed-metavariables.cpp
    system(wrapper.c_str());
    // ruleid: conf.typed-metavariables.cpp.int
    alloc(n);
    // ok: conf.typed-metavariables.cpp.int
    alloc(l);
}

// ruleid: conf.ellipsis.cpp.params
void f(int a, std::string s) {
    Widget *w;
    // ruleid: conf.ellipsis.cpp.statements
    w = new Widget(1);
    w->run();
    delete w;
    // ok: conf.ellipsis.cpp.statements
    w = new Widget(2);
    // ruleid: conf.ellipsis.cpp.args
    memcpy(dst, src, n);
    // ok: conf.ellipsis.cpp.args
    memmove(dst, src, n);
}
// ok: conf.ellipsis.cpp.params
void g(int a) {
}

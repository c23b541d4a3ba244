void f(char *out, int n, const char *fmt) {
    // todoruleid: compat.assignment-in-expression-cpp
    int len = snprintf(out, n, "%s: ", fmt);
    int total = len + vsnprintf(out + len, n - len, fmt, args);
}

void g(char *out, int n) {
    // ok: compat.assignment-in-expression-cpp
    int len = snprintf(out, n, "x");
    puts(out);
}

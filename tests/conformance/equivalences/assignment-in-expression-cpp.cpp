void f(char *out, int n, const char *fmt) {
    // ruleid: compat.assignment-in-expression-cpp
    int len = snprintf(out, n, "%s: ", fmt);
    int total = len + vsnprintf(out + len, n - len, fmt, args);
}

void g(char *out, int n) {
    // ok: compat.assignment-in-expression-cpp
    int len = snprintf(out, n, "x");
    puts(out);
}

void h(char *out, int n, const char *fmt) {
#ifdef USE_OWN_PRINTF
    // ruleid: compat.assignment-in-expression-cpp
    int len = my_snprintf(out, n, "%s", fmt);
#else
    // ruleid: compat.assignment-in-expression-cpp
    int len = snprintf(out, n, "%s", fmt);
#endif
    consume(log_line(out + len, n));
}

void i(char *out, int n, const char *fmt) {
    // ok: compat.assignment-in-expression-cpp
    int len = snprintf(out, n, "%s", fmt);
    auto later = [&]() { write_at(out + len, n); };
}

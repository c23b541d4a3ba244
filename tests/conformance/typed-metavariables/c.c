void f(char *dst, char *src, int n, size_t m) {
    char *fmt = get();
    int k = 3;
    // ruleid: conf.typed-metavariables.c
    memcpy(dst, src, n);
    // ruleid: conf.typed-metavariables.c
    memcpy(dst, src, k);
    // ok: conf.typed-metavariables.c
    memcpy(dst, src, m);
    // ruleid: conf.typed-metavariables.c.pointer
    printf(fmt);
    // ruleid: conf.typed-metavariables.c.pointer
    printf(src);
    // ok: conf.typed-metavariables.c.pointer
    printf(k);
}

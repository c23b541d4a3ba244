void f(char *s) {
    // ruleid: conf.pattern-not.c
    printf(s);
    // ruleid: conf.pattern-not.c
    printf(s, 1);
    // ok: conf.pattern-not.c
    printf("%s", s);
}

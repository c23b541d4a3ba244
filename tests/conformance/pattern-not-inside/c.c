void f(char *s) {
    char d[8];
    // ruleid: conf.pattern-not-inside.c
    strcpy(d, s);
    if (strlen(s) < sizeof(d)) {
        // ok: conf.pattern-not-inside.c
        strcpy(d, s);
    }
}

void f(char *s) {
    char buf[16];
    // ruleid: conf.fix.c
    strlcpy(buf, s, sizeof(buf));
    // ok: conf.fix.c
    strncpy(buf, s, 15);
}

void f(char *s) {
    char buf[16];
    // ruleid: conf.fix.c
    strcpy(buf, s);
    // ok: conf.fix.c
    strncpy(buf, s, 15);
}

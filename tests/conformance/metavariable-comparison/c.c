void f(void) {
    // ruleid: conf.metavariable-comparison.c
    char big[65536];
    // ok: conf.metavariable-comparison.c
    char small[16];
    // ruleid: conf.metavariable-comparison.c
    char hex[0x1000];
}

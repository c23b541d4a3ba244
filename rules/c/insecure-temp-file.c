#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

FILE *open_scratch(void) {
    // ruleid: c.libc.insecure-temp-file
    char *name = tmpnam(NULL);
    return fopen(name, "w+");
}

int make_tmp(char *templ) {
    // ruleid: c.libc.insecure-temp-file
    mktemp(templ);
    return open(templ, 0);
}

int make_tmp_safe(void) {
    char templ[] = "/tmp/app-XXXXXX";
    // ok: c.libc.insecure-temp-file
    return mkstemp(templ);
}

FILE *scratch_safe(void) {
    // ok: c.libc.insecure-temp-file
    return tmpfile();
}

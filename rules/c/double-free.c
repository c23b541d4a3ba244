#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int process(size_t n) {
    char *buf = malloc(n);
    if (buf == NULL) return -1;
    memset(buf, 0, n);
    free(buf);
    puts("done");
    // ruleid: c.memory.double-free
    free(buf);
    return 0;
}

void cleanup(char *name, int failed) {
    free(name);
    if (failed) {
        fputs("failed\n", stderr);
    }
    // ruleid: c.memory.double-free
    free(name);
}

void reuse(size_t n) {
    char *buf = malloc(n);
    free(buf);
    buf = malloc(n * 2);
    // ok: c.memory.double-free
    free(buf);
}

void nulled(char *p) {
    free(p);
    p = NULL;
    // ok: c.memory.double-free
    free(p);
}

static void swap(char **a, char **b) { char *t = *a; *a = *b; *b = t; }

void swapped(char *a, char *b) {
    free(a);
    swap(&a, &b);
    // ok: c.memory.double-free
    free(a);
}

void branches(char *p, int c) {
    if (c) {
        free(p);
    } else {
        // ok: c.memory.double-free
        free(p);
    }
}

void two(char *p, char *q) {
    free(p);
    // ok: c.memory.double-free
    free(q);
}

int save(char *buf, int fd) {
    if (fd < 0) goto err;
    free(buf);
    return 0;
err:
    // ok: c.memory.double-free
    free(buf);
    return -1;
}

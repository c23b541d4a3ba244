#include <stdio.h>
#include <stdlib.h>

int read_value(int ready) {
    int *value;
    if (ready) {
        ;
    }
    // ruleid: c.memory.uninitialized-pointer
    return *value;
}

int pick(int which, int *a, int *b) {
    int *chosen;
    if (which) {
        chosen = a;
    } else {
        chosen = b;
    }
    // ok: c.memory.uninitialized-pointer
    return *chosen;
}

void fill(char **out);

char head(int n) {
    char *name;
    fill(&name);
    // ok: c.memory.uninitialized-pointer
    char c = name[0];
    char *buf;
    buf = malloc(n);
    if (buf == NULL) return c;
    // ok: c.memory.uninitialized-pointer
    buf[0] = c;
    free(buf);
    return c;
}

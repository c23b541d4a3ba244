#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct item { int id; char name[32]; };

int *range(int n) {
    int *a = (int *)malloc(sizeof(int) * n);
    // ruleid: c.memory.unchecked-malloc
    for (int i = 0; i < n; i++) {
        a[i] = i;
    }
    return a;
}

struct item *new_item(int id) {
    struct item *it = malloc(sizeof *it);
    // ruleid: c.memory.unchecked-malloc
    it->id = id;
    // ok: c.memory.unchecked-malloc
    it->name[0] = '\0';
    return it;
}

char *copy_name(const char *s) {
    char *p;
    p = strdup(s);
    // ruleid: c.memory.unchecked-malloc
    p[0] = 'x';
    return p;
}

int *range_checked(int n) {
    int *a = malloc(sizeof(int) * n);
    if (a == NULL) {
        return NULL;
    }
    for (int i = 0; i < n; i++) {
        // ok: c.memory.unchecked-malloc
        a[i] = i;
    }
    return a;
}

struct item *new_item_checked(int id) {
    struct item *it = malloc(sizeof *it);
    if (!it) return NULL;
    // ok: c.memory.unchecked-malloc
    it->id = id;
    return it;
}

int *asserted(void) {
    int *p = malloc(sizeof *p);
    assert(p != NULL);
    // ok: c.memory.unchecked-malloc
    *p = 1;
    return p;
}

void passed_on(size_t n) {
    char *buf = malloc(n);
    // ok: c.memory.unchecked-malloc
    if (buf && buf[0]) puts(buf);
    free(buf);
}

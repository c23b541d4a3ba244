#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct point { int x, y; };

struct point *make_point(void) {
    struct point *p;
    // ruleid: c.memory.sizeof-pointer
    p = (struct point *)malloc(sizeof(p));
    if (p == NULL) return NULL;
    p->x = 1;
    p->y = 2;
    return p;
}

int *make_ints(size_t n) {
    int *v;
    // ruleid: c.memory.sizeof-pointer
    v = calloc(n, sizeof(v));
    return v;
}

struct point *make_point_right(void) {
    struct point *p;
    // ok: c.memory.sizeof-pointer
    p = (struct point *)malloc(sizeof(*p));
    return p;
}

char **make_table(size_t n) {
    char **table;
    // ok: c.memory.sizeof-pointer
    table = malloc(n * sizeof(*table));
    return table;
}

void read_name(char *name) {
    // ruleid: c.memory.sizeof-pointer
    if (fgets(name, sizeof(name), stdin) == NULL) return;
    // ruleid: c.memory.sizeof-pointer
    memset(name, 0, sizeof name);
}

void read_name_into_array(void) {
    char name[64];
    // ok: c.memory.sizeof-pointer
    if (fgets(name, sizeof(name), stdin) == NULL) return;
    puts(name);
}

void read_block(int fd, size_t n) {
    char *block = malloc(n);
    if (block == NULL) return;
    // ruleid: c.memory.sizeof-pointer
    ssize_t got = read(fd, block, sizeof(block));
    // ok: c.memory.sizeof-pointer
    memset(block, 0, n);
    (void)got;
    free(block);
}

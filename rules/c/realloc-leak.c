#include <stdlib.h>

int grow(int **items, size_t n) {
    // ruleid: c.memory.realloc-leak
    *items = realloc(*items, n * 2 * sizeof **items);
    return *items ? 0 : -1;
}

int grow_buf(char *buf, size_t n) {
    // ruleid: c.memory.realloc-leak
    buf = (char *)realloc(buf, n);
    return buf != NULL;
}

int grow_safe(int **items, size_t n) {
    // ok: c.memory.realloc-leak
    int *tmp = realloc(*items, n * 2 * sizeof **items);
    if (tmp == NULL) return -1;
    *items = tmp;
    return 0;
}

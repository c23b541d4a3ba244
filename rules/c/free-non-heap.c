#include <stdlib.h>
#include <string.h>

void greet(const char *who) {
    char buf[64];
    strncpy(buf, who, sizeof buf - 1);
    buf[sizeof buf - 1] = '\0';
    // ruleid: c.memory.free-non-heap
    free(buf);
}

void release_counter(void) {
    int counter = 0;
    // ruleid: c.memory.free-non-heap
    free(&counter);
}

void release(char *p) {
    // ok: c.memory.free-non-heap
    free(p);
}

void release_all(char **items, int n) {
    for (int i = 0; i < n; i++) {
        // ok: c.memory.free-non-heap
        free(items[i]);
    }
}

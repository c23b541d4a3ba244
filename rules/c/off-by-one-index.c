#include <string.h>

void terminate(char *src) {
    char buf[64];
    strncpy(buf, src, sizeof buf);
    // ruleid: c.memory.off-by-one-index
    buf[sizeof(buf)] = '\0';
}

void fill(void) {
    int table[10];
    for (int i = 0; i <= 10; i++) {
        // ruleid: c.memory.off-by-one-index
        table[i] = i * i;
    }
}

void terminate_ok(char *src) {
    char buf[64];
    strncpy(buf, src, sizeof buf);
    // ok: c.memory.off-by-one-index
    buf[sizeof(buf) - 1] = '\0';
}

void fill_ok(void) {
    int table[10];
    for (int i = 0; i < 10; i++) {
        // ok: c.memory.off-by-one-index
        table[i] = i * i;
    }
}

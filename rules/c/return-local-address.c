#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *format_name(const char *first, const char *last) {
    char full[128];
    snprintf(full, sizeof full, "%s %s", first, last);
    // ruleid: c.memory.return-local-address
    return full;
}

int *make_counts(void) {
    int counts[10] = {0};
    // ruleid: c.memory.return-local-address
    return &counts[0];
}

const char *label(int code) {
    static char buf[32];
    snprintf(buf, sizeof buf, "code %d", code);
    // ok: c.memory.return-local-address
    return buf;
}

char *format_heap(const char *first, const char *last) {
    char *full = malloc(128);
    if (full == NULL) return NULL;
    snprintf(full, 128, "%s %s", first, last);
    // ok: c.memory.return-local-address
    return full;
}

int sum(void) {
    int values[4] = {1, 2, 3, 4};
    int total = values[0] + values[1] + values[2] + values[3];
    // ok: c.memory.return-local-address
    return total;
}

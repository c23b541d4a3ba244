#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void greet(const char *name) {
    char line[100];
    // ruleid: c.memory.uninitialized-string-buffer
    strcat(line, name);
}

char *join(const char *a, const char *b) {
    char *out = malloc(strlen(a) + strlen(b) + 1);
    if (out == NULL) return NULL;
    // ruleid: c.memory.uninitialized-string-buffer
    strcat(out, a);
    return out;
}

void greet_ok(const char *name) {
    char line[100];
    line[0] = '\0';
    // ok: c.memory.uninitialized-string-buffer
    strcat(line, "hello ");
    char copy[100];
    strcpy(copy, name);
    // ok: c.memory.uninitialized-string-buffer
    strcat(copy, "!");
    char input[64];
    if (fgets(input, sizeof input, stdin) == NULL) return;
    // ok: c.memory.uninitialized-string-buffer
    printf("%zu\n", strlen(input));
}

char *join_ok(const char *a, const char *b) {
    char *out = malloc(strlen(a) + strlen(b) + 1);
    if (out == NULL) return NULL;
    strcpy(out, a);
    // ok: c.memory.uninitialized-string-buffer
    strcat(out, b);
    return out;
}

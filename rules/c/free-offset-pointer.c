#include <stdlib.h>
#include <string.h>

int contains(char c, const char *target) {
    char *str = malloc(strlen(target) + 1);
    if (str == NULL) return -1;
    strcpy(str, target);
    while (*str != 0) {
        if (*str == c) {
            // ruleid: c.memory.free-offset-pointer
            free(str);
            return 1;
        }
        str = str + 1;
    }
    // ruleid: c.memory.free-offset-pointer
    free(str);
    return 0;
}

int skip_header(void) {
    int *buf = malloc(8 * sizeof(int));
    if (buf == NULL) return 1;
    buf++;
    // ruleid: c.memory.free-offset-pointer
    free(buf);
    return 0;
}

size_t count_char(char c, const char *target) {
    char *str = strdup(target);
    size_t n = 0;
    if (str == NULL) return 0;
    for (char *cur = str; *cur; cur++)
        n += *cur == c;
    // ok: c.memory.free-offset-pointer
    free(str);
    return n;
}

int reset(void) {
    char *p = malloc(16);
    if (p == NULL) return 1;
    char *start = p;
    p++;
    p = start;
    // ok: c.memory.free-offset-pointer
    free(p);
    return 0;
}

int skip_two(void) {
    char *p = malloc(16);
    if (p == NULL) return 1;
    p += 2;
    // A `$P += $N;` pattern also matches `char *p = malloc(16);`, so the rule
    // leaves compound assignments out for now.
    // todoruleid: c.memory.free-offset-pointer
    free(p);
    return 0;
}

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void underwrite(const char *src) {
    char buffer[100];
    char *p;
    // ruleid: c.memory.pointer-before-buffer
    p = buffer - 8;
    strcpy(p, src);
}

void underread(void) {
    int *block = (int *)malloc(10 * sizeof(int));
    if (block == NULL) return;
    int *q;
    // ruleid: c.memory.pointer-before-buffer
    q = block - 2;
    printf("%d\n", q[0]);
    // ok: c.memory.pointer-before-buffer
    q = block + 2;
    free(block);
}

size_t offset_of(char *end) {
    char buffer[16];
    char *p;
    // ok: c.memory.pointer-before-buffer
    p = end - 1;
    return (size_t)(p - buffer);
}

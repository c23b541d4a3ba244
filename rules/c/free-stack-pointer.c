#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <alloca.h>

void print_and_release(int use_stack) {
    char *data = NULL;
    if (use_stack) {
        char buffer[100];
        memset(buffer, 'A', sizeof buffer - 1);
        buffer[sizeof buffer - 1] = '\0';
        data = buffer;
    }
    puts(data);
    // ruleid: c.memory.free-stack-pointer
    free(data);
}

void scratch(size_t n) {
    char *tmp = alloca(n);
    memset(tmp, 0, n);
    // ruleid: c.memory.free-stack-pointer
    free(tmp);
}

void heap_copy(const char *text) {
    char local[16];
    char *data = local;
    strncpy(local, text, sizeof local - 1);
    local[sizeof local - 1] = '\0';
    data = malloc(strlen(local) + 1);
    if (data == NULL) return;
    strcpy(data, local);
    puts(data);
    // ok: c.memory.free-stack-pointer
    free(data);
}

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node { int value; struct node *next; };

void report(const char *name) {
    char *copy = strdup(name);
    if (copy == NULL) return;
    free(copy);
    // ruleid: c.memory.freed-pointer-use
    puts(copy);
}

int total(int flag) {
    int *counts = malloc(4 * sizeof(int));
    if (counts == NULL) return 0;
    counts[0] = 1;
    if (flag) {
        free(counts);
    }
    // ruleid: c.memory.freed-pointer-use
    return counts[0];
}

void release_list(struct node *head) {
    while (head != NULL) {
        struct node *next = head->next;
        free(head);
        // ok: c.memory.freed-pointer-use
        head = next;
    }
}

void reuse(size_t n) {
    char *buf = malloc(n);
    if (buf == NULL) return;
    free(buf);
    buf = malloc(n * 2);
    if (buf == NULL) return;
    // ok: c.memory.freed-pointer-use
    memset(buf, 0, n * 2);
    free(buf);
    buf = NULL;
    // ok: c.memory.freed-pointer-use
    printf("%d\n", buf == NULL);
}

struct record { char *name; };

void drop(struct record *r) {
    free(r->name);
    // ok: c.memory.freed-pointer-use
    free(r);
}

#include <stdio.h>
#include <stdlib.h>

struct node { int value; struct node *next; };

int pop(struct node *head) {
    free(head);
    // ruleid: c.memory.use-after-free
    return head->value;
}

void report(int *a) {
    *a = 5;
    free(a);
    // ruleid: c.memory.use-after-free
    printf("Result: %d\n", *a);
}

void clear(int *array, int n) {
    free(array);
    puts("cleared");
    // ruleid: c.memory.use-after-free
    array[0] = n;
}

void list_free(struct node *head) {
    while (head) {
        struct node *next = head->next;
        free(head);
        // ok: c.memory.use-after-free
        head = next;
    }
}

void reuse(int *a) {
    free(a);
    a = malloc(sizeof *a);
    if (a == NULL) return;
    // ok: c.memory.use-after-free
    *a = 1;
    free(a);
}

void before(int *a) {
    // ok: c.memory.use-after-free
    printf("%d\n", *a);
    free(a);
}

void other(int *a, int *b) {
    free(a);
    // ok: c.memory.use-after-free
    *b = 2;
}

void maybe_again(int *p, int c) {
    free(p);
    // A branch that allocates again before its use: not told apart yet.
    // todook: c.memory.use-after-free
    if (c) {
        p = malloc(sizeof *p);
        p[0] = 1;
    }
}

void loop_after(int *p, int n) {
    free(p);
    // ruleid: c.memory.use-after-free
    for (int i = 0; i < n; i++) {
        p[i] = 0;
    }
}

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct item { int value; struct item *next; };

int first_char(int use_default) {
    char *name = NULL;
    if (use_default) {
        name = "default";
    }
    // ruleid: c.memory.null-pointer-deref
    return name[0];
}

int after_check(void) {
    int *count = NULL;
    if (count == NULL) {
        // ruleid: c.memory.null-pointer-deref
        printf("%d\n", *count);
    }
    return 0;
}

int guarded(struct item *head) {
    struct item *found = NULL;
    for (struct item *it = head; it != NULL; it = it->next) {
        if (it->value == 3) found = it;
    }
    if (found != NULL) {
        // ok: c.memory.null-pointer-deref
        return found->value;
    }
    return -1;
}

long parse(const char *text) {
    char *end = NULL;
    long v = strtol(text, &end, 10);
    // ok: c.memory.null-pointer-deref
    if (*end != '\0') return -1;
    char *tok = strtok(NULL, " ");
    // ok: c.memory.null-pointer-deref
    if (tok && tok[0] == '#') return 0;
    return v;
}

void lines(FILE *f) {
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, f) > 0) {
        // ok: c.memory.null-pointer-deref
        line[strcspn(line, "\n")] = '\0';
    }
    free(line);
}

int truthy(struct item *prev) {
    struct item *p = NULL;
    if (prev) p = prev->next;
    // ok: c.memory.null-pointer-deref
    return p ? p->value : 0;
}

unsigned char *fill(unsigned char *out, int len);

int filled(void) {
    unsigned char *digest = NULL;
    digest = fill(digest, 32);
    // ok: c.memory.null-pointer-deref
    return digest[0];
}

#include <stdlib.h>
#include <string.h>

struct user { char name[32]; };

void set_name(struct user *u, const char *name) {
    // ruleid: c.libc.copy-bounded-by-source
    strncpy(u->name, name, strlen(name));
}

void append(char *buf, const char *suffix) {
    // ruleid: c.libc.copy-bounded-by-source
    memcpy(buf, suffix, strlen(suffix) + 1);
}

char *dup(const char *s) {
    char *copy = malloc(strlen(s) + 1);
    if (copy == NULL) return NULL;
    // ok: c.libc.copy-bounded-by-source
    memcpy(copy, s, strlen(s) + 1);
    return copy;
}

void set_name_checked(struct user *u, const char *name) {
    if (strlen(name) >= sizeof u->name) return;
    // ok: c.libc.copy-bounded-by-source
    memcpy(u->name, name, strlen(name) + 1);
}

void set_name_bounded(struct user *u, const char *name) {
    // ok: c.libc.copy-bounded-by-source
    strncpy(u->name, name, sizeof u->name - 1);
    u->name[sizeof u->name - 1] = '\0';
}

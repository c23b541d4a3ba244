#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct user {
    char name[32];
    char home[64];
};

void set_user(struct user *u, const char *name) {
    // ruleid: c.libc.strcpy-unbounded
    strcpy(u->name, name);
}

/* Local arrays are reported by c.libc.strcpy-stack-buffer instead. */
int main(int argc, char **argv) {
    char buf[16];
    if (argc > 1) {
        // ok: c.libc.strcpy-unbounded
        strcpy(buf, argv[1]);
    }
    return 0;
}

void set_user_safe(struct user *u, const char *name) {
    // ok: c.libc.strcpy-unbounded
    snprintf(u->name, sizeof u->name, "%s", name);
}

char *duplicate(const char *s) {
    char *copy = malloc(strlen(s) + 1);
    if (copy == NULL) {
        return NULL;
    }
    // ok: c.libc.strcpy-unbounded
    strcpy(copy, s);
    return copy;
}

void reset(struct user *u) {
    // ok: c.libc.strcpy-unbounded
    strcpy(u->home, "/tmp");
}

static char last_user[32];

void remember_user(const char *name) {
    /* A file-level array: no bigger for being global. */
    // ruleid: c.libc.strcpy-unbounded
    strcpy(last_user, name);
}

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void build_path(const char *dir, const char *file) {
    char path[256];
    // ruleid: c.libc.strcpy-stack-buffer
    strcpy(path, dir);
    // ok: c.libc.strcpy-stack-buffer
    strcat(path, "/");
    // ruleid: c.libc.strcpy-stack-buffer
    strcat(path, file);
    puts(path);
}

int main(int argc, char **argv) {
    char buf[16];
    if (argc > 1) {
        // ruleid: c.libc.strcpy-stack-buffer
        strcpy(buf, argv[1]);
    }
    return 0;
}

struct user { char name[32]; };

void set_user(struct user *u, const char *name) {
    // ok: c.libc.strcpy-stack-buffer
    strcpy(u->name, name);
}

void bounded(const char *name) {
    char buf[32];
    // ok: c.libc.strcpy-stack-buffer
    snprintf(buf, sizeof buf, "%s", name);
    puts(buf);
}

const char *remember(const char *name) {
    static char last[64];
    // ok: c.libc.strcpy-stack-buffer
    strcpy(last, name);
    return last;
}

void initialised(const char *name) {
    char buf[32] = {0};
    // ruleid: c.libc.strcpy-stack-buffer
    strcpy(buf, name);
    puts(buf);
}

void several(const char *name, const char *mode_in) {
    char file[128], mode[12], *cursor;
    // ruleid: c.libc.strcpy-stack-buffer
    strcpy(mode, mode_in);
    cursor = file;
    // ruleid: c.libc.strcpy-stack-buffer
    strcpy(file, name);
}

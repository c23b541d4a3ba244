#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *public_root = "/var/www/public";

int main(int argc, char *argv[]) {
    char path[512];
    if (argc < 2) return 1;
    snprintf(path, sizeof path, "%s/%s", public_root, argv[1]);
    // ruleid: c.input.path-traversal
    FILE *f = fopen(path, "r");
    if (f) fclose(f);
    return 0;
}

void serve(int sock) {
    char name[128];
    char full[256];
    recv(sock, name, sizeof name - 1, 0);
    sprintf(full, "/srv/files/%s", name);
    // ruleid: c.input.path-traversal
    FILE *f = fopen(full, "rb");
    if (f) fclose(f);
}

void safe(int argc, char **argv) {
    char path[512];
    if (argc < 2 || !is_valid_name(argv[1])) return;
    snprintf(path, sizeof path, "%s/%s", public_root, argv[1]);
    // ok: c.input.path-traversal
    remove(path);
}

int checked_after(int argc, char **argv) {
    char path[512];
    if (argc < 2) return 1;
    snprintf(path, sizeof path, "%s/%s", public_root, argv[1]);
    if (!is_valid_path(path, public_root)) return 1;
    // ok: c.input.path-traversal
    FILE *f = fopen(path, "r");
    if (f) fclose(f);
    return 0;
}

void constant(void) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", public_root, "index.html");
    // ok: c.input.path-traversal
    remove(path);
}

void message(int argc, char **argv) {
    char msg[256];
    snprintf(msg, sizeof msg, "hello %s", argv[1]);
    // ok: c.input.path-traversal
    puts(msg);
}

int direct(int argc, char **argv) {
    // A path given whole on the command line is the user's own choice.
    // ok: c.input.path-traversal
    FILE *f = fopen(argv[1], "r");
    return f != NULL;
}

void open_upload(void) {
    char path[256] = "uploads/";
    size_t len = strlen(path);
    if (fgets(path + len, (int)(sizeof path - len), stdin) == NULL) return;
    // ruleid: c.input.path-traversal
    FILE *f = fopen(path, "r");
    if (f) fclose(f);
}

void open_named(void) {
    char name[256] = "default.txt";
    if (fgets(name, sizeof name, stdin) == NULL) return;
    // ok: c.input.path-traversal
    FILE *f = fopen(name, "r");
    if (f) fclose(f);
}

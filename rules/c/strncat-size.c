#include <string.h>

void build(const char *dir, const char *file) {
    char path[256] = "";
    strncpy(path, dir, sizeof path - 1);
    // ruleid: c.libc.strncat-size
    strncat(path, "/", sizeof(path));
    // ruleid: c.libc.strncat-size
    strncat(path, file, sizeof path - 1);
    // ok: c.libc.strncat-size
    strncat(path, file, sizeof path - strlen(path) - 1);
}

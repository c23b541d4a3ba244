#include <stdio.h>
#include <string.h>

void read_name(void) {
    char name[32];
    printf("Name: ");
    // ruleid: c.libc.gets
    gets(name);
    printf("Hello, %s\n", name);
}

int read_command(char *line) {
    // ruleid: c.libc.gets
    if (gets(line) == NULL) {
        return -1;
    }
    return 0;
}

void read_name_safe(void) {
    char name[32];
    printf("Name: ");
    // ok: c.libc.gets
    if (fgets(name, sizeof name, stdin) != NULL) {
        name[strcspn(name, "\n")] = '\0';
        printf("Hello, %s\n", name);
    }
}

void read_bounded(char *buf, size_t n) {
    // ok: c.libc.gets
    gets_s(buf, n);
}

#include <stdio.h>
#include <stdlib.h>

int check_admin(int role) {
    // ruleid: c.lang.assignment-in-condition
    if (role = 1) {
        return 1;
    }
    return 0;
}

void menu(int choice, char mode) {
    // ruleid: c.lang.assignment-in-condition
    if (mode = 'q') {
        exit(0);
    }
    // ok: c.lang.assignment-in-condition
    if (choice == 5) {
        puts("five");
    }
}

void read_all(FILE *f) {
    int c;
    // ok: c.lang.assignment-in-condition
    while ((c = fgetc(f)) != EOF) {
        putchar(c);
    }
    char *line;
    // ok: c.lang.assignment-in-condition
    if ((line = malloc(64)) != NULL) {
        free(line);
    }
}

void reset(char *buf, int ready) {
    // ok: c.lang.assignment-in-condition
    if (ready && buf != NULL) {
        buf[0] = 0;
    }
}

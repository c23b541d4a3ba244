#include <stdio.h>

struct employee { char name[32]; int age; };

void read_employee(struct employee *emp) {
    // ruleid: c.libc.scanf-unbounded-string
    scanf("%s", emp->name);
    // ok: c.libc.scanf-unbounded-string
    scanf("%d", &emp->age);
}

void read_two(FILE *f) {
    char first[16], last[16];
    int year;
    // ruleid: c.libc.scanf-unbounded-string
    fscanf(f, "%d %s", &year, first);
    // ruleid: c.libc.scanf-unbounded-string
    sscanf("a b", "%[^ ] %15s", first, last);
}

void read_bounded(void) {
    char word[64];
    // ok: c.libc.scanf-unbounded-string
    scanf("%63s", word);
    // ok: c.libc.scanf-unbounded-string
    scanf("%*s %63s", word);
    // ok: c.libc.scanf-unbounded-string
    scanf("100%% %d", &word[0]);
}

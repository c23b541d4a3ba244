#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

int next_year(void) {
    char line[32];
    int age = 0;
    if (fgets(line, sizeof line, stdin) != NULL) {
        age = atoi(line);
    }
    // ruleid: c.input.integer-overflow
    int result = age + 1;
    return result;
}

long area(void) {
    long side = 0;
    if (fscanf(stdin, "%ld", &side) != 1) return 0;
    // ruleid: c.input.integer-overflow
    long a = side * side;
    return a;
}

int countdown(int argc, char **argv) {
    if (argc < 2) return 0;
    int n = atoi(argv[1]);
    // ruleid: c.input.integer-overflow
    n--;
    return n;
}

int checked(void) {
    char line[32];
    int value = 0;
    if (fgets(line, sizeof line, stdin) != NULL) {
        value = atoi(line);
    }
    if (value < INT_MAX) {
        // ok: c.input.integer-overflow
        value++;
    }
    if (value > 0 && value < 1000) {
        // ok: c.input.integer-overflow
        int doubled = value * 2;
        return doubled;
    }
    return value;
}

int fixed(void) {
    int data = 2;
    // ok: c.input.integer-overflow
    int result = data * data;
    return result;
}

#include <stdio.h>

int limit(int requested) {
    int size = 0;
    if (requested > 100) {
        // ruleid: c.lang.comparison-as-statement
        size == 100;
    } else {
        // ok: c.lang.comparison-as-statement
        size = requested;
    }
    // ok: c.lang.comparison-as-statement
    int same = (size == requested);
    // ok: c.lang.comparison-as-statement
    if (size == 0) puts("empty");
    return same ? size : 0;
}

int wanted(int nid, int type) {
    int ok = nid == 1 ||
        nid == 2;
    // ok: c.lang.comparison-as-statement
    return ok && type == 3 ||
        type == 4;
}

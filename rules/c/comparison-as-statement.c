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

#include <cstdlib>
#include <cstring>

struct Pair { int a; int b; };

void array_then_scalar() {
    long *data = new long[100];
    data[0] = 1;
    // ruleid: cpp.memory.mismatched-delete
    delete data;
}

void scalar_then_array() {
    Pair *p = new Pair;
    p->a = 1;
    // ruleid: cpp.memory.mismatched-delete
    delete [] p;
}

void malloc_then_delete(size_t n) {
    char *buf = (char *)malloc(n);
    if (buf == NULL) return;
    memset(buf, 0, n);
    // ruleid: cpp.memory.mismatched-delete
    delete [] buf;
}

void new_then_free() {
    int *v = new int[10];
    v[0] = 0;
    // ruleid: cpp.memory.mismatched-delete
    free(v);
}

void matched(size_t n) {
    long *data = new long[100];
    // ok: cpp.memory.mismatched-delete
    delete [] data;
    Pair *p = new Pair();
    // ok: cpp.memory.mismatched-delete
    delete p;
    char *buf = (char *)calloc(n, 1);
    // ok: cpp.memory.mismatched-delete
    free(buf);
}

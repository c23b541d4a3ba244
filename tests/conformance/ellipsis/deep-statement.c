void f(int n) {
    // ruleid: compat.deep-statement-c
    char a[10];
    memcpy(a, src, n);
}

void h(int n) {
    // ok: compat.deep-statement-c
    char b[10];
    strcpy(b, "x");
}

void g(int n) {
    // ruleid: compat.deep-statement-c
    char k[10];
    if (n) {
        memcpy(k, src, n);
    }
}

void f(int n) {
    // ruleid: compat.deep-statement-c
    char a[10];
    memcpy(a, src, n);
}

void g(int n) {
    // todoruleid: compat.deep-statement-c
    char k[10];
    if (n) {
        memcpy(k, src, n);
    }
}

void f(void) {
    // todoruleid: compat.one-line-sequence-c
    int a;
    g(a);
    free(&a);
}

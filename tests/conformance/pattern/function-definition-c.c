// ruleid: compat.function-definition-c
int save(int a) {
    return 1;
}

// ok: compat.function-definition-c
long save_long(long a) {
    return 1;
}

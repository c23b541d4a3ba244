// ruleid: compat.function-definition-c
int save(int a) {
    return 1;
}

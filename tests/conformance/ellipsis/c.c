// ruleid: conf.ellipsis.c.params
int main(int argc, char **argv) {
    char b[8];
    // ruleid: conf.ellipsis.c.args
    snprintf(b, sizeof b, argv[1]);
    // ok: conf.ellipsis.c.args
    sprintf(b, argv[1]);
    char *p;
    // ruleid: conf.ellipsis.c.statements
    p = malloc(10);
    use(p);
    free(p);
    // ok: conf.ellipsis.c.statements
    p = malloc(20);
    // ruleid: conf.ellipsis.c.initializer
    int z[] = {1, 0, 2};
    // ok: conf.ellipsis.c.initializer
    int y[] = {1, 2};
    return 0;
}
// ok: conf.ellipsis.c.params
int helper(int argc) {
    return argc;
}
void g(char *p) {
    // ruleid: conf.ellipsis.c.inline-block
    if (p == NULL) { return; }
    // ok: conf.ellipsis.c.inline-block
    if (p != NULL) { return; }
}

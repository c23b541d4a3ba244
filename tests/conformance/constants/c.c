void f(char *user) {
    const char *q = "ls";
    // ruleid: conf.constants.c
    system(q);
    // ruleid: conf.constants.c
    system("ls");
    // ok: conf.constants.c
    system(user);
}

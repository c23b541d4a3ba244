void m(void) {
    // ruleid: compat.assignment-declaration-c.name
    int password = 1337;
    // `$SECRET` is bound to `*secret` here (and to `password2[64]` below), where Semgrep binds the
    // name; with Semgrep's anchored-at-start regex the `*` fails it.
    // ruleid: compat.assignment-declaration-c.name
    const char *secret = "F7Kl009SamH53";
    // ruleid: compat.assignment-declaration-c.name
    char* password_copy = getenv("PASSWORD");
    // ruleid: compat.assignment-declaration-c.name
    char password2[64] = {0};
    // ruleid: compat.assignment-declaration-c.name
    password = 3;
    // ok: compat.assignment-declaration-c.name
    int user = 1;

    // ruleid: compat.assignment-declaration-c.sequence
    int a = f();
    g(a);
    // ruleid: compat.assignment-declaration-c.sequence
    b = f();
    g(b);
}

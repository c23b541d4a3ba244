#include <stdlib.h>
int main(int argc, char **argv) {
    // ruleid: conf.pattern.c
    system(argv[1]);
    // ruleid: conf.pattern.c
    int rc = system("ls");
    // ok: conf.pattern.c
    systemd(argv[1]);
    // ok: conf.pattern.c
    popen(argv[1], "r");
    return rc;
}

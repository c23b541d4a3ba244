#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <sys/socket.h>

static void log_message(const char *msg) {
    // ruleid: c.input.format-string
    syslog(LOG_INFO, msg);
}

int main(int argc, char **argv) {
    // ruleid: c.input.format-string
    printf(argv[1]);

    // ok: c.input.format-string
    printf("%s\n", argv[1]);

    char name[64];
    fgets(name, sizeof name, stdin);
    char greeting[128];
    snprintf(greeting, sizeof greeting, "Hello, %s!\n", name);
    // ruleid: c.input.format-string
    fprintf(stdout, greeting);

    // ok: c.input.format-string
    fputs(greeting, stdout);

    log_message(name);

    const char *msg = "ready\n";
    // ok: c.input.format-string
    printf(msg);
    return 0;
}

void handle(int sock) {
    char buf[512];
    char out[512];
    ssize_t n = recv(sock, buf, sizeof buf - 1, 0);
    if (n <= 0) {
        return;
    }
    buf[n] = '\0';
    // ruleid: c.input.format-string
    snprintf(out, sizeof out, buf);
    // ok: c.input.format-string
    snprintf(out, sizeof out, "%s", buf);
}

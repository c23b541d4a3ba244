#include <stdio.h>
#include <syslog.h>

#define BANNER "server v1.2\n"

void echo(const char *input) {
    // ruleid: c.libc.format-string
    printf(input);
}

void log_error(FILE *log, const char *message) {
    // ruleid: c.libc.format-string
    fprintf(log, message);
}

void audit(const char *user_msg) {
    // ruleid: c.libc.format-string
    syslog(LOG_WARNING, user_msg);
}

void copy_msg(char *out, size_t n, const char *msg) {
    // ruleid: c.libc.format-string
    snprintf(out, n, msg);
}

int main(int argc, char **argv) {
    if (argc > 1) {
        // ruleid: c.libc.format-string
        printf(argv[1]);
    }
    return 0;
}

void echo_safe(const char *input) {
    // ok: c.libc.format-string
    printf("%s", input);
}

void log_error_safe(FILE *log, const char *message) {
    // ok: c.libc.format-string
    fputs(message, log);
}

void audit_safe(const char *user_msg) {
    // ok: c.libc.format-string
    syslog(LOG_WARNING, "%s", user_msg);
}

void banner(void) {
    // ok: c.libc.format-string
    printf(BANNER);
    // ok: c.libc.format-string
    printf("Usage: tool [options]\n"
           "  -h  help\n");
}

void prompt(void) {
    const char *fmt = "> ";
    // ok: c.libc.format-string
    printf(fmt);
}

void banner(const char *name) {
    char line[64];
    strcpy(line, "welcome\n");
    // ok: c.libc.format-string
    printf(line);
    strcat(line, name);
    // ruleid: c.libc.format-string
    printf(line);
}

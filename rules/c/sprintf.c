#include <stdio.h>
#include <string.h>

void greet(const char *name) {
    char msg[64];
    // ruleid: c.libc.sprintf-unbounded-string
    sprintf(msg, "Hello, %s! Welcome back.", name);
    puts(msg);
}

void log_request(const char *method, const char *path, int status) {
    char line[128];
    // ruleid: c.libc.sprintf-unbounded-string
    sprintf(line, "%d %-8s %s", status, method, path);
    puts(line);
}

void make_key(char *out, const char *user) {
    // ruleid: c.libc.sprintf-unbounded-string
    sprintf(out,
            "user:%s",
            user);
}

void greet_safe(const char *name) {
    char msg[64];
    // ok: c.libc.sprintf-unbounded-string
    snprintf(msg, sizeof msg, "Hello, %s! Welcome back.", name);
    puts(msg);
}

void status_line(int code) {
    char line[32];
    // ok: c.libc.sprintf-unbounded-string
    sprintf(line, "status=%d", code);
    puts(line);
}

void greet_bounded(const char *name) {
    char msg[64];
    // ok: c.libc.sprintf-unbounded-string
    sprintf(msg, "Hello, %.40s!", name);
    puts(msg);
}

void percent(int pct) {
    char msg[32];
    // ok: c.libc.sprintf-unbounded-string
    sprintf(msg, "%d%%s", pct);
    puts(msg);
}

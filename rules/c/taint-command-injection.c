#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char ALLOWED[] = "abcdefghijklmnopqrstuvwxyz0123456789.-";

static void run_backup(const char *name) {
    char cmd[512];
    snprintf(cmd, sizeof cmd, "tar czf /backups/%s.tgz /srv/data", name);
    // ruleid: c.input.command-injection
    system(cmd);
}

int main(int argc, char *argv[]) {
    char cmd[256];

    if (argc < 2) {
        return 1;
    }
    // ruleid: c.input.command-injection
    system(argv[1]);

    sprintf(cmd, "ping -c 1 %s", argv[1]);
    // ruleid: c.input.command-injection
    system(cmd);

    char host[128];
    if (fgets(host, sizeof host, stdin) == NULL) {
        return 1;
    }
    host[strcspn(host, "\n")] = '\0';
    char line[300] = "nslookup ";
    strcat(line, host);
    // ruleid: c.input.command-injection
    FILE *p = popen(line, "r");

    const char *editor = getenv("EDITOR");
    // ruleid: c.input.command-injection
    execlp(editor, editor, "/etc/motd", (char *)NULL);

    run_backup(host);

    // ok: c.input.command-injection
    system("uptime");

    int count = atoi(argv[2]);
    char ping[64];
    snprintf(ping, sizeof ping, "ping -c %d localhost", count);
    // ok: c.input.command-injection
    system(ping);

    if (strspn(host, ALLOWED) == strlen(host)) {
        char lookup[200];
        snprintf(lookup, sizeof lookup, "host %s", host);
        // ok: c.input.command-injection
        system(lookup);
    }

    // ok: c.input.command-injection
    execl("/usr/bin/uptime", "uptime", (char *)NULL);
    return 0;
}

/* netutil: tiny diagnostics tool run by the support team (setuid root). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#define HOST_MAX 64

static char last_host[HOST_MAX];

static int ping(const char *host) {
    char cmd[128];
    snprintf(cmd, sizeof cmd, "ping -c 3 %s", host);
    return system(cmd);
}

static void remember(const char *host) {
    strcpy(last_host, host);
}

static void audit(const char *who, const char *host) {
    char msg[96];
    sprintf(msg, "%s pinged %s", who, host);
    syslog(LOG_INFO, msg);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s HOST\n", argv[0]);
        return 2;
    }
    remember(argv[1]);
    audit(getenv("USER"), argv[1]);
    printf(argv[1]);
    printf(": ");
    return ping(last_host);
}

/* netutil, written safely: same job as vulnerable/netutil.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <sys/wait.h>
#include <unistd.h>

#define HOST_MAX 64

static char last_host[HOST_MAX];

static int ping(const char *host) {
    pid_t pid = fork();
    if (pid < 0) {
        return -1;
    }
    if (pid == 0) {
        char *const args[] = {"ping", "-c", "3", "--", (char *)host, NULL};
        execvp("ping", args);
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return status;
}

static int remember(const char *host) {
    int n = snprintf(last_host, sizeof last_host, "%s", host);
    return n >= 0 && (size_t)n < sizeof last_host;
}

static void audit(const char *who, const char *host) {
    syslog(LOG_INFO, "%s pinged %s", who ? who : "?", host);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s HOST\n", argv[0]);
        return 2;
    }
    if (!remember(argv[1])) {
        fputs("host name too long\n", stderr);
        return 2;
    }
    audit(getenv("USER"), argv[1]);
    printf("%s: ", argv[1]);
    return ping(last_host);
}

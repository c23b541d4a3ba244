#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

int ping_host(const char *host) {
    char cmd[256];
    snprintf(cmd, sizeof cmd, "ping -c 1 %s", host);
    // ruleid: c.libc.system-non-literal
    return system(cmd);
}

FILE *list_dir(const char *dir) {
    char cmd[512];
    snprintf(cmd, sizeof cmd, "ls -l %s", dir);
    // ruleid: c.libc.system-non-literal
    return popen(cmd, "r");
}

int run(int argc, char **argv) {
    // ruleid: c.libc.system-non-literal
    return argc > 1 ? system(argv[1]) : 0;
}

int ping_host_safe(const char *host) {
    pid_t pid = fork();
    if (pid == 0) {
        char *const args[] = {"ping", "-c", "1", (char *)host, NULL};
        execvp("ping", args);
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return status;
}

void clear_screen(void) {
    // ok: c.libc.system-non-literal
    system("clear");
}

FILE *kernel_version(void) {
    // ok: c.libc.system-non-literal
    return popen("uname -r", "r");
}

void list_fixed(void) {
    char cmd[64];
    strcpy(cmd, "/bin/ls -l");
    // ok: c.libc.system-non-literal
    system(cmd);
}

void list_dir(const char *dir) {
    char cmd[256];
    strcpy(cmd, "ls ");
    strcat(cmd, dir);
    // ruleid: c.libc.system-non-literal
    system(cmd);
}

void show_file(const char *name) {
    char cmd[256];
    strcpy(cmd, "cat");
    snprintf(cmd, sizeof cmd, "cat %s", name);
    // ruleid: c.libc.system-non-literal
    system(cmd);
}

#include <fcntl.h>
#include <sys/stat.h>

int publish(const char *path) {
    // ruleid: c.libc.permissive-file-mode
    return chmod(path, 0777);
}

int make_spool(const char *dir) {
    // ruleid: c.libc.permissive-file-mode
    return mkdir(dir, S_IRWXU | S_IRWXG | S_IRWXO);
}

int create_log(const char *path) {
    // ruleid: c.libc.permissive-file-mode
    return open(path, O_CREAT | O_WRONLY, 0666);
}

int create_private(const char *path) {
    // ok: c.libc.permissive-file-mode
    return open(path, O_CREAT | O_WRONLY | O_EXCL, 0600);
}

int make_dir(const char *dir) {
    // ok: c.libc.permissive-file-mode
    return mkdir(dir, 0755);
}

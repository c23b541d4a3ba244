#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <sys/socket.h>

struct header {
    uint32_t length;
};

void handle(int sock) {
    unsigned char packet[1024];
    char payload[256];
    recv(sock, packet, sizeof packet, 0);

    uint16_t len = ntohs(*(uint16_t *)packet);
    // ruleid: c.input.buffer-size
    memcpy(payload, packet + 2, len);

    if (len > sizeof payload) {
        return;
    }
    // ok: c.input.buffer-size
    memcpy(payload, packet + 2, len);
}

void reply(int sock) {
    unsigned char req[64];
    recv(sock, req, sizeof req, 0);
    uint32_t want = ntohl(*(uint32_t *)req);
    // ruleid: c.input.buffer-size
    char *out = malloc(want);
    if (want <= 64) {
        char copy[64];
        // ok: c.input.buffer-size
        memcpy(copy, req, want);
    }
    free(out);
}

int main(int argc, char *argv[]) {
    char dst[32];
    int n = atoi(argv[1]);
    // ruleid: c.input.buffer-size
    strncpy(dst, argv[2], n);

    if (n > 0) {
        puts("copying");
    }
    // ruleid: c.input.buffer-size
    memcpy(dst, argv[2], n);

    if (n < 0 || n >= (int)sizeof dst) {
        fprintf(stderr, "bad length\n");
        return 1;
    }
    // ok: c.input.buffer-size
    memcpy(dst, argv[2], n);

    // ok: c.input.buffer-size
    memcpy(dst, "constant", 8);
    return 0;
}

void echo_back(int sock) {
    char buf[128];
    char copy[128];
    // Engine gap: `by-side-effect` taints the call's value too, so the byte
    // count that `recv` returns counts as input (it is bounded by the
    // buffer size given to `recv`).
    ssize_t got = recv(sock, buf, sizeof buf, 0);
    if (got <= 0) {
        return;
    }
    // todook: c.input.buffer-size
    memcpy(copy, buf, got);
}

void grow(void) {
    char *line = malloc(100);
    if (line == NULL) return;
    if (fgets(line, 100, stdin) == NULL) return;
    // ok: c.input.buffer-size
    line = realloc(line, 200);
    free(line);
}

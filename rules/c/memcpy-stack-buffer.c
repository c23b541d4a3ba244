#include <stdint.h>
#include <string.h>

#define HDR_LEN 8

int parse_packet(const uint8_t *pkt, size_t pkt_len) {
    uint8_t name[32];
    size_t name_len = pkt[0];
    // ruleid: c.libc.memcpy-stack-buffer
    memcpy(name, pkt + 1, name_len);
    return name[0];
}

void copy_string(const char *s) {
    char buf[64];
    // ruleid: c.libc.memcpy-stack-buffer
    memcpy(buf, s, strlen(s) + 1);
}

int parse_checked(const uint8_t *pkt, size_t pkt_len) {
    uint8_t name[32];
    size_t name_len = pkt[0];
    if (name_len > sizeof name) return -1;
    // ok: c.libc.memcpy-stack-buffer
    memcpy(name, pkt + 1, name_len);
    return name[0];
}

void copy_header(const uint8_t *pkt) {
    uint8_t hdr[HDR_LEN];
    // ok: c.libc.memcpy-stack-buffer
    memcpy(hdr, pkt, HDR_LEN);
    // ok: c.libc.memcpy-stack-buffer
    memcpy(hdr, pkt, sizeof(hdr));
    // ok: c.libc.memcpy-stack-buffer
    memcpy(hdr, pkt, 4);
}

void copy_min(const uint8_t *src, size_t n) {
    uint8_t out[16];
    // ok: c.libc.memcpy-stack-buffer
    memcpy(out, src, MIN(n, sizeof out));
}

void copy_heap(uint8_t *dst, const uint8_t *src, size_t n) {
    // ok: c.libc.memcpy-stack-buffer
    memcpy(dst, src, n);
}

#define GREETING "hello, world"

void copy_constant(void) {
    char out[64];
    size_t n = strlen(GREETING);
    // ok: c.libc.memcpy-stack-buffer
    memcpy(out, GREETING, n);
    char text[] = "a fixed message";
    size_t m = strlen(text) * sizeof(char);
    char out2[64];
    // ok: c.libc.memcpy-stack-buffer
    memcpy(out2, text, m);
}

void copy_dest_len(const char *data) {
    char dest[100];
    memset(dest, 'C', 99);
    dest[99] = '\0';
    // ok: c.libc.memcpy-stack-buffer
    memcpy(dest, data, strlen(dest) * sizeof(char));
}

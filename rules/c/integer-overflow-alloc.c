#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ITEMS 64

struct image { uint32_t width, height; unsigned char *pixels; };

int load_pixels(struct image *img, const unsigned char *hdr) {
    img->width = hdr[0] << 8 | hdr[1];
    img->height = hdr[2] << 8 | hdr[3];
    // ruleid: c.alloc.integer-overflow
    img->pixels = malloc(img->width * img->height * 4);
    return img->pixels ? 0 : -1;
}

int *copy_records(const int *src, size_t count) {
    // ruleid: c.alloc.integer-overflow
    int *dst = (int *)malloc(count * sizeof(int));
    if (dst == NULL) return NULL;
    memcpy(dst, src, count * sizeof(int));
    return dst;
}

void *grow(void *p, size_t n, size_t elem) {
    // ruleid: c.alloc.integer-overflow
    return realloc(p, n * elem);
}

int *checked(size_t count) {
    if (count > SIZE_MAX / sizeof(int)) return NULL;
    // ok: c.alloc.integer-overflow
    return malloc(count * sizeof(int));
}

int *bounded(size_t count) {
    if (count == 0 || count > 4096) return NULL;
    // ok: c.alloc.integer-overflow
    return malloc(count * sizeof(int));
}

int *zeroed(size_t count) {
    // ok: c.alloc.integer-overflow
    return calloc(count, sizeof(int));
}

int *fixed(void) {
    // ok: c.alloc.integer-overflow
    return malloc(MAX_ITEMS * sizeof(int));
}

char *fixed_literal(void) {
    // ok: c.alloc.integer-overflow
    return malloc(16 * 4);
}

int *with_builtin(size_t count) {
    size_t bytes;
    if (__builtin_mul_overflow(count, sizeof(int), &bytes)) return NULL;
    // ok: c.alloc.integer-overflow
    return malloc(count * sizeof(int));
}

char *dup_upper(const char *s) {
    // ok: c.alloc.integer-overflow
    char *d = malloc((strlen(s) + 1) * sizeof(char));
    return d;
}

int *in_condition(size_t count) {
    int *p;
    // ruleid: c.alloc.integer-overflow
    if ((p = malloc(count * sizeof(int))) == NULL) return NULL;
    return p;
}

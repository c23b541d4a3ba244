#include <cstddef>
#include <vector>

unsigned char *make_frame(int width, int height) {
    // ruleid: c.alloc.integer-overflow
    unsigned char *buf = new unsigned char[width * height];
    return buf;
}

float *make_table() {
    // ok: c.alloc.integer-overflow
    return new float[16 * 16];
}

std::vector<unsigned char> make_frame_safe(std::size_t width, std::size_t height) {
    // ok: c.alloc.integer-overflow
    return std::vector<unsigned char>(width * height);
}

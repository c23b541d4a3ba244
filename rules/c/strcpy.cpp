#include <cstring>
#include <string>

class Packet {
public:
    void set_payload(const char *data) {
        // ruleid: c.libc.strcpy-unbounded
        std::strcpy(payload_, data);
    }

    void set_payload_safe(const std::string &data) {
        // ok: c.libc.strcpy-unbounded
        payload_str_ = data;
    }

private:
    char payload_[64];
    std::string payload_str_;
};

#include <cstdio>
#include <string>

std::string to_string(int v) {
    char s[32];
    std::snprintf(s, sizeof s, "%d", v);
    // ok: c.memory.return-local-address
    return s;
}

const char *Formatter::label(int v) {
    char s[32];
    std::snprintf(s, sizeof s, "%d", v);
    // C++ methods defined outside their class are not matched yet.
    // todoruleid: c.memory.return-local-address
    return s;
}

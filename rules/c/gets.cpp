#include <cstdio>
#include <iostream>
#include <string>

std::string read_line_old() {
    char buf[128];
    // ruleid: c.libc.gets
    std::gets(buf);
    return buf;
}

std::string read_line() {
    std::string line;
    // ok: c.libc.gets
    std::getline(std::cin, line);
    return line;
}

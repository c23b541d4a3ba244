#include <cstdlib>
#include <iostream>
#include <string>

int main() {
    std::string name;
    std::cin >> name;
    std::string cmd = "convert " + name + " out.png";
    // ruleid: c.input.command-injection
    std::system(cmd.c_str());

    std::string fixed = "convert in.png out.png";
    // ok: c.input.command-injection
    std::system(fixed.c_str());
    return 0;
}

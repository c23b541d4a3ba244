#include <cstdlib>
int main(int argc, char **argv) {
    // ruleid: conf.pattern.c
    system(argv[1]);
    std::string s = argv[1];
    // ruleid: conf.pattern.c
    system(s.c_str());
    // ok: conf.pattern.c
    popen(argv[1], "r");
}

#include <cstring>
#include <iostream>

struct Point { int x; int y; };

void show(bool local) {
    long *data = nullptr;
    if (local) {
        long buffer[100];
        for (int i = 0; i < 100; i++) buffer[i] = 5L;
        data = buffer;
    }
    std::cout << data[0] << "\n";
    // ruleid: cpp.memory.delete-stack-pointer
    delete [] data;
}

void point() {
    Point p;
    p.x = 1;
    Point *pp = &p;
    std::cout << pp->x << "\n";
    // ruleid: cpp.memory.delete-stack-pointer
    delete pp;
}

void heap() {
    long buffer[10];
    long *data = buffer;
    data = new long[100];
    data[0] = buffer[0];
    // ok: cpp.memory.delete-stack-pointer
    delete [] data;
}

#include <iostream>

struct Node { int value; };

void twice() {
    char *data = new char[100];
    delete [] data;
    // ruleid: cpp.memory.double-delete
    delete [] data;
}

void on_error(bool failed) {
    Node *n = new Node();
    if (failed) {
        delete n;
    }
    // ruleid: cpp.memory.double-delete
    delete n;
}

void reset() {
    Node *n = new Node();
    delete n;
    n = nullptr;
    // ok: cpp.memory.double-delete
    delete n;
    n = new Node();
    // ok: cpp.memory.double-delete
    delete n;
}

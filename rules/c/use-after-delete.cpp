#include <iostream>

struct Node { int value; };

void print_value(int v) { std::cout << v << "\n"; }

void later(int mode) {
    int *data = nullptr;
    switch (mode) {
    case 6:
        data = new int;
        *data = 5;
        delete data;
        break;
    default:
        break;
    }
    // ruleid: cpp.memory.use-after-delete
    print_value(*data);
}

void member() {
    Node *n = new Node();
    delete n;
    // ruleid: cpp.memory.use-after-delete
    print_value(n->value);
}

void fine() {
    Node *n = new Node();
    n->value = 1;
    print_value(n->value);
    delete n;
    n = new Node();
    // ok: cpp.memory.use-after-delete
    n->value = 2;
    delete n;
}

class A {
    void f(Lock l, Lock m) {
        // ruleid: conf.pattern-not-inside.java
        l.lock();
        work();
        l.unlock();
    }
    void g(Lock l) {
        // ok: conf.pattern-not-inside.java
        l.lock();
        try {
            work();
        } finally {
            l.unlock();
        }
    }
}

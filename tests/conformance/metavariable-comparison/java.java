class A {
    void f(KeyPairGenerator g) {
        // ruleid: conf.metavariable-comparison.java
        g.initialize(512);
        // ruleid: conf.metavariable-comparison.java
        g.initialize(1024);
        // ok: conf.metavariable-comparison.java
        g.initialize(2048);
        // ok: conf.metavariable-comparison.java
        g.initialize(size);
    }
}

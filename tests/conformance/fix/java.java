class A {
    void f() {
        // ruleid: conf.fix.java
        Random r = new Random();
        // ok: conf.fix.java
        Random s = new Random(42);
    }
}

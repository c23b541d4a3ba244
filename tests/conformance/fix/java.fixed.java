class A {
    void f() {
        // ruleid: conf.fix.java
        Random r = new SecureRandom();
        // ok: conf.fix.java
        Random s = new Random(42);
    }
}

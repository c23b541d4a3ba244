class A {
    void f() {
        // ruleid: conf.equivalences.java
        boolean b = (sink(x));
        // ruleid: conf.equivalences.java
        sink((x));
        // ruleid: conf.equivalences.java
        sink(/* c */ x);
        // ruleid: conf.equivalences.java
        sink(
            x);
        // ok: conf.equivalences.java
        sink(x, y);
        // ok: conf.equivalences.java
        other(x);
        // ruleid: conf.equivalences.java.assign
        b = input();
        // ruleid: conf.equivalences.java.assign
        String a = input();
        // ok: conf.equivalences.java.assign
        c = output();
    }
}

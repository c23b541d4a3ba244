class A {
    String field;
    void f(String s, int n, Object o) {
        String local = g();
        // ruleid: conf.typed-metavariables.java
        if (s == other) {}
        // ruleid: conf.typed-metavariables.java
        if (local == field) {}
        // ruleid: conf.typed-metavariables.java
        boolean b = field == null;
        // ok: conf.typed-metavariables.java
        if (n == 3) {}
        // ok: conf.typed-metavariables.java
        if (o == s) {}
        // ruleid: conf.typed-metavariables.java.arg
        sleep(n);
        // ok: conf.typed-metavariables.java.arg
        sleep(s);
    }
}

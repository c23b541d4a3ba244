class A {
    void f(Statement st, String id) throws Exception {
        // ok: conf.focus-metavariable.java
        st.executeQuery(
            // ruleid: conf.focus-metavariable.java
            "SELECT * FROM t WHERE id = " + id);
    }
}

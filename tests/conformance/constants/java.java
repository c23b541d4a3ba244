class A {
    static final String ALL = "SELECT * FROM t";
    void f(Statement st, String user) throws Exception {
        String q = "SELECT 1";
        // ruleid: conf.constants.java
        st.executeQuery(q);
        // ruleid: conf.constants.java
        st.executeQuery(ALL);
        // ok: conf.constants.java
        st.executeQuery(user);
        String r = "a";
        r = r + user;
        // ok: conf.constants.java
        st.executeQuery(r);
        // Concatenations of constants are folded, as Semgrep does.
        // ruleid: conf.constants.java
        st.executeQuery("SELECT * FROM " + "t");
        // ruleid: conf.constants.java
        st.executeQuery(ALL + " WHERE id = 1");
        // ok: conf.constants.java
        st.executeQuery(ALL + " WHERE name = '" + user + "'");
    }
    void g(Statement st) throws Exception {
        // Declared first, assigned once: still a constant.
        String name;
        name = "admin";
        // ruleid: conf.constants.java
        st.executeQuery("SELECT * FROM t WHERE name = '" + name + "'");
    }
}

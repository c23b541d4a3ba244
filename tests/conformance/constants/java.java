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
    }
}

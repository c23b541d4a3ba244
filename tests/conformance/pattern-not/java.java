class A {
    void f(Statement st, String id) throws Exception {
        // ruleid: conf.pattern-not.java
        st.executeQuery("SELECT * FROM t WHERE id = " + id);
        // ruleid: conf.pattern-not.java
        ResultSet rs = st.executeQuery(query);
        // ok: conf.pattern-not.java
        st.executeQuery("SELECT 1");
    }
}

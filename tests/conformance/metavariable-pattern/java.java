class A {
    void f(Statement st, HttpServletRequest req) throws Exception {
        // ruleid: conf.metavariable-pattern.java
        st.executeQuery("SELECT * FROM t WHERE id = " + req.getParameter("id"));
        // ok: conf.metavariable-pattern.java
        st.executeQuery("SELECT 1");
    }
}

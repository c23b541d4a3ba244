class S extends HttpServlet {
    void doGet(HttpServletRequest req, HttpServletResponse res) {
        // ruleid: conf.pattern-inside.java
        Runtime.getRuntime().exec(req.getParameter("c"));
        if (req != null) {
            // ruleid: conf.pattern-inside.java
            Runtime.getRuntime().exec("ls");
        }
    }
    void run(String c) {
        // ok: conf.pattern-inside.java
        Runtime.getRuntime().exec(c);
    }
    // A method pattern without modifiers, annotations or `throws` should
    // match methods that have them.
    void doPut(HttpServletRequest req, HttpServletResponse res) throws IOException {
        // ruleid: conf.pattern-inside.java
        Runtime.getRuntime().exec("a");
    }
    public void doPost(HttpServletRequest req, HttpServletResponse res) {
        // ruleid: conf.pattern-inside.java
        Runtime.getRuntime().exec("b");
    }
    @Override
    void doDelete(HttpServletRequest req, HttpServletResponse res) {
        // ruleid: conf.pattern-inside.java
        Runtime.getRuntime().exec("c");
    }
}

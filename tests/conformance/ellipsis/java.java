// ruleid: conf.ellipsis.java.class-body
class A extends HttpServlet {
    // ruleid: conf.ellipsis.java.params
    void doGet(HttpServletRequest req, HttpServletResponse res) {
        // ruleid: conf.ellipsis.java.args
        res.setHeader("Access-Control-Allow-Origin", "*");
        // ok: conf.ellipsis.java.args
        res.setHeader("*", "x");
        // ruleid: conf.ellipsis.java.statements
        l.lock();
        work();
        l.unlock();
        // ok: conf.ellipsis.java.statements
        m.lock();
        // ruleid: conf.ellipsis.java.array
        String[] a = new String[] {"*"};
        // ruleid: conf.ellipsis.java.array
        String[] b = new String[] {"x", "*", "y"};
        // ok: conf.ellipsis.java.array
        String[] c = new String[] {"x"};
    }
    // ok: conf.ellipsis.java.params
    void helper(String s) {
    }
    void g(User u) {
        // ruleid: conf.ellipsis.java.inline-block
        if (u.isAdmin()) { grant(); }
        // ok: conf.ellipsis.java.inline-block
        if (u.isGuest()) { deny(); }
    }
}
// ruleid: conf.ellipsis.java.class-body
class B extends HttpServlet {
}
// ok: conf.ellipsis.java.class-body
class C {
}

class C {
    // ruleid: compat.function-definition-java
    public int save(int a) {
        return 1;
    }

    // ruleid: compat.function-definition-java.servlet
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
        run(req);
    }

    // ok: compat.function-definition-java
    // ok: compat.function-definition-java.servlet
    private int helper(String a) {
        return 1;
    }
}

class A {
    void F(string id, SqlConnection c) {
        // ruleid: conf.pattern-not.csharp
        var a = new SqlCommand("SELECT * FROM t WHERE id = " + id, c);
        // ruleid: conf.pattern-not.csharp
        new SqlCommand(query);
        // ok: conf.pattern-not.csharp
        new SqlCommand("SELECT 1", c);
    }
}

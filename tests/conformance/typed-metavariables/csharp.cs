class A {
    void F(string name, int id) {
        string other = G();
        // ruleid: conf.typed-metavariables.csharp
        new SqlCommand("SELECT * FROM t WHERE name = " + name);
        // ruleid: conf.typed-metavariables.csharp
        new SqlCommand("SELECT * FROM t WHERE name = " + other);
        // ok: conf.typed-metavariables.csharp
        new SqlCommand("SELECT * FROM t WHERE id = " + id);
    }
}

class A {
    void F(string q) {
        Random r1 = new Random();
        // ruleid: compat.typed-metavariable-csharp
        r1.Next();
        var r2 = new Random();
        // ruleid: compat.typed-metavariable-csharp
        r2.Next();
        // ruleid: compat.typed-metavariable-csharp
        int n = new Random().Next();
        // Semgrep also reports a static call on the class itself, `Random.Range(1, 3)` (Unity),
        // and `UnityEngine.Random.Range(1, 3)`: quirk S5 of docs/COMPATIBILITY.md, left open.
        int m = Random.Range(1, 3);

        var rng = RandomNumberGenerator.Create();
        // ok: compat.typed-metavariable-csharp
        rng.GetBytes(buf);
        OracleCommand other = new OracleCommand();
        // ok: compat.typed-metavariable-csharp.metatype
        other.CommandText = q;

        SqlCommand cmd = new SqlCommand();
        // todoruleid: compat.typed-metavariable-csharp.metatype
        cmd.CommandText = q;
    }
}

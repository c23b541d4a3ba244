class A {
    // ruleid: conf.ellipsis.csharp.params
    public IActionResult Show(int id, string name) {
        // ruleid: conf.ellipsis.csharp.args
        Response.Headers.Append("Access-Control-Allow-Origin", "*");
        // ok: conf.ellipsis.csharp.args
        Response.Headers.Append("*", "x");
        // ruleid: conf.ellipsis.csharp.array
        var a = new[] {"x", "*"};
        // ok: conf.ellipsis.csharp.array
        var b = new[] {"x"};
        // ruleid: conf.ellipsis.csharp.statements
        conn.Open();
        Work();
        conn.Close();
        // ok: conf.ellipsis.csharp.statements
        conn.Open();
        return null;
    }
    // ok: conf.ellipsis.csharp.params
    public IActionResult Other(int id) {
        return null;
    }
    void G(object o) {
        // Loads, but matches nothing.
        // ruleid: conf.ellipsis.csharp.inline-block
        if (o == null) { return; }
        // ok: conf.ellipsis.csharp.inline-block
        if (o != null) { return; }
    }
}

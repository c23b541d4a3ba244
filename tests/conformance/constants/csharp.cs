class A {
    const string Tool = "notepad";
    void F(string user) {
        string q = "calc";
        var r = "cmd";
        // ruleid: conf.constants.csharp
        Process.Start(q);
        // ruleid: conf.constants.csharp
        Process.Start(r);
        // ruleid: conf.constants.csharp
        Process.Start(Tool);
        // ok: conf.constants.csharp
        Process.Start(user);
    }
}

class A {
    void F(string c) {
        // ruleid: conf.pattern-inside.csharp
        Task.Run(() => Process.Start(c));
        using (var s = Open()) {
            // ruleid: conf.pattern-inside.csharp.using
            // ok: conf.pattern-inside.csharp
            Process.Start(c);
        }
        // ok: conf.pattern-inside.csharp, conf.pattern-inside.csharp.using
        Process.Start(c);
    }
}

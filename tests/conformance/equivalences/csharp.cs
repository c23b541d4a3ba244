class A {
    void F() {
        // ruleid: conf.equivalences.csharp
        sink((x));
        // ruleid: conf.equivalences.csharp
        sink(/* c */ x);
        // ruleid: conf.equivalences.csharp
        var r = (sink(x));
        // ok: conf.equivalences.csharp
        sink(x, y);
        // ok: conf.equivalences.csharp
        other(x);
        // ruleid: conf.equivalences.csharp.assign
        c = input();
        // ruleid: conf.equivalences.csharp.assign
        var a = input();
        // ruleid: conf.equivalences.csharp.assign
        string b = input();
        // ok: conf.equivalences.csharp.assign
        d = output();
    }
}

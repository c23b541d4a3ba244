class A {
    void F(string path) {
        XmlDocument d = new XmlDocument();
        // ruleid: compat.xxe-taint-csharp
        d.Load(path);
        XmlReader r = XmlReader.Create(path);
        // ok: compat.xxe-taint-csharp
        r.Read();
    }
}

class B {
    void G(string p) {
        var d = new XmlDocument();
        // ruleid: compat.xxe-taint-csharp
        d.Load(p);
        XmlDocument safe = Make();
        // ok: compat.xxe-taint-csharp
        safe.Load(p);
    }
}

class A {
    void F(string path) {
        XmlDocument d = new XmlDocument();
        // todoruleid: compat.xxe-taint-csharp
        d.Load(path);
        XmlReader r = XmlReader.Create(path);
        // ok: compat.xxe-taint-csharp
        r.Read();
    }
}

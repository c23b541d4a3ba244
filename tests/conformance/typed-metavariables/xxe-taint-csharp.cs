class A {
    void F(string path) {
        XmlDocument d = new XmlDocument();
        // todoruleid: compat.xxe-taint-csharp
        d.Load(path);
    }
}

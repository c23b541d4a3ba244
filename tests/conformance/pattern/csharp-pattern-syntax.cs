class A {
    void F() {
        // ruleid: compat.csharp-pattern-syntax.initializer
        var d = new XmlDocument { XmlResolver = r };
        // ruleid: compat.csharp-pattern-syntax.metavariable
        Use(secret);
        ServicePointManager.ServerCertificateValidationCallback += (s, c, ch, e) => true;
    }
}

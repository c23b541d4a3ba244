class A {
    void F() {
        // todoruleid: compat.csharp-pattern-syntax.initializer
        var d = new XmlDocument { XmlResolver = r };
        // todoruleid: compat.csharp-pattern-syntax.metavariable
        Use(secret);
        ServicePointManager.ServerCertificateValidationCallback += (s, c, ch, e) => true;
    }
}

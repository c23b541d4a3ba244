class A {
    void F() {
        // ruleid: compat.csharp-pattern-syntax.initializer
        var d = new XmlDocument { XmlResolver = r };
        // ruleid: compat.csharp-pattern-syntax.metavariable
        Use(secret);
        // todoruleid: compat.csharp-pattern-syntax.lambda
        ServicePointManager.ServerCertificateValidationCallback += (s, c, ch, e) => true;
        // ok: compat.csharp-pattern-syntax.lambda
        ServicePointManager.ServerCertificateValidationCallback += (s, c, ch, e) => Check(c);
        // ok: compat.csharp-pattern-syntax.initializer
        var other = new XmlReaderSettings { DtdProcessing = p };
        // ok: compat.csharp-pattern-syntax.metavariable
        Use(password);
    }
}

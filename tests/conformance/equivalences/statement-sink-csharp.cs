class Validation {
    void Run(string xml, string xsd) {
        XmlReaderSettings s = new XmlReaderSettings();
        // ruleid: compat.statement-sink-csharp
        s.Schemas.Add(XmlSchema.Read(XmlReader.Create(new StringReader(xsd)), null));
        // ruleid: compat.statement-sink-csharp, compat.expression-sink-csharp
        XmlReader r = XmlReader.Create(new StringReader(xml), s);
    }

    void Other(string xsd) {
        XmlReaderSettings s = new XmlReaderSettings();
        // ok: compat.statement-sink-csharp, compat.expression-sink-csharp
        Log(XmlReader.Create(new StringReader(xsd)));
    }
}

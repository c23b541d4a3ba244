using System.IO;
using System.Xml;

public class XmlImport
{
    public XmlDocument LoadUpload(Stream upload)
    {
        var settings = new XmlReaderSettings();
        // ruleid: csharp.xml.xxe
        settings.DtdProcessing = DtdProcessing.Parse;
        // ruleid: csharp.xml.xxe
        settings.XmlResolver = new XmlUrlResolver();
        var doc = new XmlDocument();
        using var reader = XmlReader.Create(upload, settings);
        doc.Load(reader);
        return doc;
    }

    public XmlDocument LoadWithResolver(string xml)
    {
        // ruleid: csharp.xml.xxe
        var doc = new XmlDocument { XmlResolver = new XmlUrlResolver() };
        doc.LoadXml(xml);
        return doc;
    }

    public XmlReader Legacy(TextReader input)
    {
        // ruleid: csharp.xml.xxe
        var settings = new XmlReaderSettings { ProhibitDtd = false };
        return XmlReader.Create(input, settings);
    }

    public XmlDocument LoadSafe(Stream upload)
    {
        // ok: csharp.xml.xxe
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        var doc = new XmlDocument { XmlResolver = null };
        using var reader = XmlReader.Create(upload, settings);
        doc.Load(reader);
        return doc;
    }

    public XmlReader Ignoring(TextReader input)
    {
        var settings = new XmlReaderSettings();
        // ok: csharp.xml.xxe
        settings.DtdProcessing = DtdProcessing.Ignore;
        return XmlReader.Create(input, settings);
    }
}

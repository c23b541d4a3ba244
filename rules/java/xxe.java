import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;

public class XmlImport {

    public Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        // ruleid: java.xml.xxe
        DocumentBuilder builder = dbf.newDocumentBuilder();
        return builder.parse(in);
    }

    public void sax(InputStream in) throws Exception {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setNamespaceAware(true);
        // ruleid: java.xml.xxe
        SAXParser parser = spf.newSAXParser();
        parser.parse(in, new org.xml.sax.helpers.DefaultHandler());
    }

    public Document inline(InputStream in) throws Exception {
        // ruleid: java.xml.xxe
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }

    public XMLStreamReader stax(InputStream in) throws Exception {
        XMLInputFactory xif = XMLInputFactory.newInstance();
        // ruleid: java.xml.xxe
        return xif.createXMLStreamReader(in);
    }

    // --- Safe versions ---

    public Document parseSafe(InputStream in) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        // ok: java.xml.xxe
        DocumentBuilder builder = dbf.newDocumentBuilder();
        return builder.parse(in);
    }

    public XMLStreamReader staxSafe(InputStream in) throws Exception {
        XMLInputFactory xif = XMLInputFactory.newInstance();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        // ok: java.xml.xxe
        return xif.createXMLStreamReader(in);
    }

    public Document attributes(InputStream in) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // ok: java.xml.xxe
        return dbf.newDocumentBuilder().parse(in);
    }
}

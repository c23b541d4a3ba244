using System.Xml;
using System.Xml.Linq;
using System.Xml.XPath;

public class UserStore
{
    private readonly XmlDocument _doc;
    private readonly XDocument _xdoc;

    public bool Login(string user, string pass)
    {
        // ruleid: csharp.xml.xpath-injection
        XmlNode node = _doc.SelectSingleNode("//users/user[name='" + user + "' and password='" + pass + "']");
        return node != null;
    }

    public XmlNodeList ByRole(string role)
    {
        // ruleid: csharp.xml.xpath-injection
        return _doc.SelectNodes($"/users/user[@role='{role}']");
    }

    public XElement Find(string id)
    {
        // ruleid: csharp.xml.xpath-injection
        return _xdoc.XPathSelectElement(string.Format("//order[@id='{0}']", id));
    }

    public object Count(XPathNavigator nav, string dept)
    {
        // ruleid: csharp.xml.xpath-injection
        return nav.Evaluate("count(//employee[dept='" + dept + "'])");
    }

    public XmlNode Constant()
    {
        // ok: csharp.xml.xpath-injection
        return _doc.SelectSingleNode("//users/user[@role='admin']");
    }

    public XmlNode Prebuilt(XPathExpression expr)
    {
        // ok: csharp.xml.xpath-injection
        return _doc.SelectSingleNode("/config/settings");
    }

    public string Greeting(string name)
    {
        // ok: csharp.xml.xpath-injection
        return string.Format("Hello {0}", name);
    }
}

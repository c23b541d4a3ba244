import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.apache.commons.lang3.StringEscapeUtils;
import org.owasp.esapi.ESAPI;
import org.w3c.dom.Document;

public class Employees extends HttpServlet {

    private Document xmlDocument;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String param = request.getParameter("id");
        try {
            XPathFactory xpf = XPathFactory.newInstance();
            XPath xp = xpf.newXPath();
            String expression = "/Employees/Employee[@emplid='" + param + "']";
            // ruleid: java.web.xpath-injection
            String result = xp.evaluate(expression, xmlDocument);
            // ruleid: java.web.xpath-injection
            xp.compile("//user[name='" + request.getParameter("name") + "']");
            response.getWriter().println(result.length());
        } catch (XPathExpressionException e) {
            throw new IOException(e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String param = request.getParameter("id");
        try {
            XPath xp = XPathFactory.newInstance().newXPath();
            String safe = ESAPI.encoder().encodeForXPath(param);
            // ok: java.web.xpath-injection
            String result = xp.evaluate("/Employees/Employee[@emplid='" + safe + "']", xmlDocument);
            // ok: java.web.xpath-injection
            String all = xp.evaluate("/Employees/Employee[@emplid='1']", xmlDocument);
            response.getWriter().println(result.length() + all.length());
        } catch (XPathExpressionException e) {
            throw new IOException(e);
        }
    }
}

// Input from outside the program that is not an HTTP request.
class CatalogCli {
    String run(Document doc) throws Exception {
        String sku = System.getenv("SKU");
        XPath xp = XPathFactory.newInstance().newXPath();
        // ruleid: java.web.xpath-injection
        String price = xp.evaluate("/catalog/item[@sku='" + sku + "']/price", doc);
        // ok: java.web.xpath-injection
        return price + xp.evaluate("/catalog/@currency", doc);
    }
}

class LoginCheck {
    boolean check(org.xml.sax.InputSource users, java.io.BufferedReader console) throws Exception {
        String name = console.readLine();
        String quoted = StringEscapeUtils.escapeXml(name);
        XPath xp = XPathFactory.newInstance().newXPath();
        // ok: java.web.xpath-injection
        String a = xp.evaluate("//user[name/text()='" + quoted + "']/secret/text()", users);
        String unquoted = StringEscapeUtils.escapeJava(name);
        // ruleid: java.web.xpath-injection
        String b = xp.evaluate("//user[name/text()='" + unquoted + "']/secret/text()", users);
        return a.equals(b);
    }
}

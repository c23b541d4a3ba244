import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.util.HtmlUtils;

public class GreetServlet extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        response.setContentType("text/html");
        // ruleid: java.web.xss
        response.getWriter().println("<h1>Hello, " + name + "</h1>");

        PrintWriter out = response.getWriter();
        String q = request.getParameter("q");
        StringBuilder html = new StringBuilder();
        html.append("<p>Results for ").append(q).append("</p>");
        // `append` on the result of another `append` taints the builder.
        // ruleid: java.web.xss
        out.write(html.toString());
        StringBuilder row = new StringBuilder("<tr><td>");
        row.append(q);
        row.append("</td></tr>");
        // ruleid: java.web.xss
        out.write(row.toString());
        // ruleid: java.web.xss
        out.printf("<li>%s</li>", request.getHeader("Referer"));

        // ok: java.web.xss
        out.println("<p>Results for " + Encode.forHtml(q) + "</p>");
        // ok: java.web.xss
        out.println("<p>Hello " + HtmlUtils.htmlEscape(name) + "</p>");
        // ok: java.web.xss
        out.println("<p>" + q.length() + " characters</p>");
        // ok: java.web.xss
        out.println("<footer>static</footer>");

        // The flow through the helper is reported inside it.
        render(response, name);
    }

    private void render(HttpServletResponse resp, String title) throws IOException {
        // ruleid: java.web.xss
        resp.getWriter().print("<title>" + title + "</title>");
    }
}

@RestController
class SearchController {
    @GetMapping("/search")
    public String search(@RequestParam String term) {
        // ruleid: java.web.xss
        return "<html><body>No results for " + term + "</body></html>";
    }

    @GetMapping("/search/safe")
    public String searchSafe(@RequestParam String term) {
        // ok: java.web.xss
        return "<html><body>No results for " + HtmlUtils.htmlEscape(term) + "</body></html>";
    }

    @GetMapping("/echo")
    public Result echo(@RequestParam String term) {
        // ok: java.web.xss
        return new Result(term);
    }
}

// Input from outside the program that is not the request itself.
class ProfileServlet extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            java.sql.ResultSet rows = lookup(request.getRemoteUser());
            String bio = rows.getString("bio");
            // ruleid: java.web.xss
            response.getWriter().println("<div>" + bio + "</div>");
            // ok: java.web.xss
            response.getWriter().println("<div>" + org.owasp.encoder.Encode.forHtml(bio) + "</div>");
        } catch (java.sql.SQLException e) {
            response.sendError(500);
        }
        java.net.URLConnection conn = new java.net.URL("https://example.org/motd").openConnection();
        java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(conn.getInputStream(), "UTF-8"));
        String motd = reader.readLine();
        // ruleid: java.web.xss
        response.getWriter().println("<p>" + motd + "</p>");
    }

    private java.sql.ResultSet lookup(String user) throws java.sql.SQLException {
        return null;
    }
}

class LookupServlet extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        // ruleid: java.web.xss
        response.sendError(404, "<p>No item " + id + "</p>");
        // ok: java.web.xss
        response.sendError(404, "No such item");
        // ok: java.web.xss
        response.sendError(404, "<p>No item " + Encode.forHtml(id) + "</p>");
    }
}

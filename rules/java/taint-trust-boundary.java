import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

public class Preferences extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String param = request.getParameter("color");
        // ruleid: java.web.trust-boundary
        request.getSession().setAttribute("color", param);

        String name = request.getHeader("X-Item");
        // ruleid: java.web.trust-boundary
        request.getSession().setAttribute(name, "10340");

        HttpSession session = request.getSession(true);
        String role = request.getParameter("role");
        // ruleid: java.web.trust-boundary
        session.setAttribute("role", role);

        // ruleid: java.web.trust-boundary
        session.putValue("theme", request.getParameter("theme"));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ok: java.web.trust-boundary
        request.getSession().setAttribute("visits", "1");

        int page = Integer.parseInt(request.getParameter("page"));
        // ok: java.web.trust-boundary
        request.getSession().setAttribute("page", page);

        String user = authenticate(request);
        // ok: java.web.trust-boundary
        request.getSession().setAttribute("user", user);
    }

    private String authenticate(HttpServletRequest request) {
        return "guest";
    }
}

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.view.RedirectView;

public class LoginServlet extends HttpServlet {
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String next = req.getParameter("next");
        // ruleid: java.web.open-redirect
        resp.sendRedirect(next);

        String target = req.getParameter("returnUrl");
        // ruleid: java.web.open-redirect
        resp.setHeader("Location", target);

        if (next.startsWith("/") && !next.startsWith("//")) {
            // ok: java.web.open-redirect
            resp.sendRedirect(next);
        }

        // ok: java.web.open-redirect
        resp.sendRedirect("/login?next=" + next);

        // ok: java.web.open-redirect
        resp.sendRedirect(req.getContextPath() + "/home");
    }
}

@Controller
class AuthController {
    @GetMapping("/logout")
    public String logout(@RequestParam(name = "redirect", required = false) String redirect) {
        // ruleid: java.web.open-redirect
        return "redirect:" + redirect;
    }

    @GetMapping("/go")
    public RedirectView go(@RequestParam String url) {
        // ruleid: java.web.open-redirect
        return new RedirectView(url);
    }

    @GetMapping("/profile/{id}")
    public String profile(@PathVariable String id) {
        // ok: java.web.open-redirect
        return "redirect:/users/" + id;
    }

    @GetMapping("/out")
    public String out(@RequestParam String dest) {
        if (!ALLOWED_TARGETS.contains(dest)) {
            return "redirect:/";
        }
        // ok: java.web.open-redirect
        return "redirect:" + dest;
    }
}

// Input from outside the program that is not the request itself.
class PortalServlet extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        java.util.Properties props = new java.util.Properties();
        props.load(new java.io.FileInputStream("portal.properties"));
        String home = props.getProperty("home");
        // ruleid: java.web.open-redirect
        resp.sendRedirect(home);
        // ok: java.web.open-redirect
        resp.sendRedirect("/portal/" + home);
    }
}

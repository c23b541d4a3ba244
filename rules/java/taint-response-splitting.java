import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URLEncoder;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class LanguageServlet extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String lang = request.getParameter("lang");
        // ruleid: java.web.response-splitting
        response.setHeader("Content-Language", lang);
        // ruleid: java.web.response-splitting
        response.addHeader("Link", "</help?lang=" + lang + ">; rel=help");
        // Cookie values are checked by the container's cookie processor.
        // ok: java.web.response-splitting
        Cookie cookie = new Cookie("lang", lang);
        response.addCookie(cookie);

        // ok: java.web.response-splitting
        response.setHeader("Content-Language", URLEncoder.encode(lang, "UTF-8"));
        String flat = lang.replaceAll("[\\r\\n]", "");
        // ok: java.web.response-splitting
        response.addHeader("X-Lang", flat);
        // ok: java.web.response-splitting
        response.setHeader("Cache-Control", "no-store");
        // ok: java.web.response-splitting
        Cookie fixed = new Cookie("theme", "dark");
        response.addCookie(fixed);
    }

    void fromEnvironment(HttpServletResponse response) {
        String region = System.getenv("REGION");
        // ruleid: java.web.response-splitting
        response.setHeader("X-Region", region);
    }

    void fromSocket(HttpServletResponse response, Socket socket) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), "UTF-8"));
        String token = reader.readLine();
        // ruleid: java.web.response-splitting
        response.addHeader("X-Token", token);
        // ok: java.web.response-splitting
        response.addHeader("X-Token", URLEncoder.encode(token, "UTF-8"));
    }
}

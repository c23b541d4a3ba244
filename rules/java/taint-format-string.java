import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.Locale;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Greeter {
    void console() throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, "UTF-8"));
        String line = reader.readLine();
        // ruleid: java.lang.format-string-injection
        System.out.printf(line);
        // ruleid: java.lang.format-string-injection
        String text = String.format(line, 42);
        // ruleid: java.lang.format-string-injection
        System.out.format(Locale.ROOT, "Hello " + line);

        // ok: java.lang.format-string-injection
        System.out.printf("%s%n", line);
        // ok: java.lang.format-string-injection
        String safe = String.format("Hello %s", line);
        // ok: java.lang.format-string-injection
        System.out.format(Locale.ROOT, "%s", line);
        // ok: java.lang.format-string-injection
        System.out.printf(line.replace("%", "%%"));
    }

    void web(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String template = request.getParameter("template");
        // ruleid: java.lang.format-string-injection
        response.getWriter().printf(template, request.getRemoteUser());
        // ok: java.lang.format-string-injection
        response.getWriter().printf("%s", template);
    }

    void environment() {
        String banner = System.getenv("BANNER");
        // ruleid: java.lang.format-string-injection
        System.out.format(banner);
        // ok: java.lang.format-string-injection
        System.out.format("%s%n", banner);
    }
}

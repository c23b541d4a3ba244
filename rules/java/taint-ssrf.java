import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;

public class ProxyServlet extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        String target = req.getParameter("url");
        // ruleid: java.web.ssrf
        HttpURLConnection conn = (HttpURLConnection) new URL(target).openConnection();

        URL feed = new URL(req.getParameter("feed"));
        // ruleid: java.web.ssrf
        try (InputStream in = feed.openStream()) {
            in.transferTo(resp.getOutputStream());
        }

        // ok: java.web.ssrf
        new URL("https://status.example.com/health").openStream();

        // ok: java.web.ssrf
        URL self = new URL(req.getRequestURL().toString());

        fetch(target);
    }

    private String fetch(String address) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        // ruleid: java.web.ssrf
        HttpRequest request = HttpRequest.newBuilder(URI.create(address)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}

@RestController
class PreviewController {
    private final RestTemplate restTemplate = new RestTemplate();

    @GetMapping("/preview")
    public String preview(@RequestParam String link) {
        // ruleid: java.web.ssrf
        return restTemplate.getForObject(link, String.class);
    }

    @GetMapping("/weather")
    public String weather(@RequestParam String city) {
        // ok: java.web.ssrf
        return restTemplate.getForObject("https://api.weather.example/v1?q={city}", String.class, city);
    }

    @GetMapping("/avatar")
    public byte[] avatar(@RequestParam String host) {
        String url = "http://" + host + "/avatar.png";
        // ruleid: java.web.ssrf
        return restTemplate.getForObject(url, byte[].class);
    }
}

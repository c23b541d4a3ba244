import java.io.InputStream;
import java.io.ObjectInputStream;
import java.util.Base64;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.*;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

public class ImportServlet extends HttpServlet {
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        // ruleid: java.web.unsafe-deserialization
        ObjectInputStream ois = new ObjectInputStream(req.getInputStream());
        Object state = ois.readObject();

        byte[] raw = Base64.getDecoder().decode(req.getParameter("state"));
        // ruleid: java.web.unsafe-deserialization
        Object restored = new ObjectInputStream(new java.io.ByteArrayInputStream(raw)).readObject();

        ObjectInputStream filtered = new ObjectInputStream(req.getInputStream());
        filtered.setObjectInputFilter(java.io.ObjectInputFilter.Config.createFilter("com.example.dto.*;!*"));
        // ok: java.web.unsafe-deserialization
        filtered.readObject();

        // ok: java.web.unsafe-deserialization
        ObjectInputStream local = new ObjectInputStream(new java.io.FileInputStream("/var/app/cache.bin"));
    }
}

@RestController
class ConfigController {
    @PostMapping("/config")
    public Object upload(@RequestBody String body) {
        Yaml yaml = new Yaml();
        // ruleid: java.web.unsafe-deserialization
        return yaml.load(body);
    }

    @PostMapping("/config/safe")
    public Object uploadSafe(@RequestBody String body) {
        // ok: java.web.unsafe-deserialization
        return new Yaml(new SafeConstructor(new org.yaml.snakeyaml.LoaderOptions())).load(body);
    }
}

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;

public class PluginLoader {
    private static final Set<String> ALLOWED = Set.of("com.example.CsvExporter", "com.example.PdfExporter");
    private Map<String, Class<?>> exporters;

    Object web(HttpServletRequest request) throws Exception {
        String type = request.getParameter("type");
        // ruleid: java.web.unsafe-reflection
        Class<?> chosen = Class.forName(type);
        // ruleid: java.web.unsafe-reflection
        Object plugin = getClass().getClassLoader().loadClass("com.example.plugins." + type).newInstance();

        if (ALLOWED.contains(type)) {
            // ok: java.web.unsafe-reflection
            return Class.forName(type).getDeclaredConstructor().newInstance();
        }
        // ok: java.web.unsafe-reflection
        Class<?> fixed = Class.forName("com.example.CsvExporter");
        return exporters.get(type);
    }

    Object console() throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, "UTF-8"));
        String name = reader.readLine();
        // ruleid: java.web.unsafe-reflection
        return Class.forName(name).newInstance();
    }

    Object configured() throws Exception {
        // A driver named in the deployment's configuration is the operator's choice.
        // ok: java.web.unsafe-reflection
        return Class.forName(System.getProperty("jdbc.driver"));
    }
}

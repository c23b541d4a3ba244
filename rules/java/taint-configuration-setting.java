import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.sql.Connection;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;

public class TenantSwitch {
    private static final Set<String> CATALOGS = Set.of("sales", "support");
    private Connection connection;

    void web(HttpServletRequest request) throws Exception {
        String tenant = request.getParameter("tenant");
        // ruleid: java.web.external-configuration-control
        connection.setCatalog(tenant);
        // ruleid: java.web.external-configuration-control
        System.setProperty("app.tenant", tenant);
        if (CATALOGS.contains(tenant)) {
            // ok: java.web.external-configuration-control
            connection.setCatalog(tenant);
        }
        // ok: java.web.external-configuration-control
        connection.setCatalog("sales");
    }

    void console() throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, "UTF-8"));
        String schema = reader.readLine();
        // ruleid: java.web.external-configuration-control
        connection.setSchema(schema);
    }

    void configured() throws Exception {
        // ok: java.web.external-configuration-control
        connection.setCatalog(System.getenv("DB_CATALOG"));
    }
}

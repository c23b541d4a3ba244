import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

public class UserServlet extends HttpServlet {
    private Connection conn;

    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        String name = req.getParameter("name");
        Statement st = conn.createStatement();
        // ruleid: java.web.sql-injection
        st.executeQuery("SELECT * FROM users WHERE name = '" + name + "'");

        String sql = "DELETE FROM sessions WHERE token = '" + req.getHeader("X-Token") + "'";
        // ruleid: java.web.sql-injection
        st.execute(sql);

        StringBuilder sb = new StringBuilder("SELECT * FROM orders WHERE status = '");
        sb.append(req.getParameter("status")).append("'");
        // ruleid: java.web.sql-injection
        conn.prepareStatement(sb.toString()).executeQuery();

        // ruleid: java.web.sql-injection
        conn.createStatement().executeUpdate(String.format("UPDATE users SET seen = 1 WHERE id = %s", name));

        // The flow through the helper is reported at the sink inside it.
        runQuery(st, name);

        PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");
        // ok: java.web.sql-injection
        ps.setString(1, name);
        // ok: java.web.sql-injection
        ps.executeQuery();

        int id = Integer.parseInt(req.getParameter("id"));
        // ok: java.web.sql-injection
        st.executeQuery("SELECT * FROM users WHERE id = " + id);

        // ok: java.web.sql-injection
        st.executeQuery("SELECT count(*) FROM users");

        // A helper that returns a number passes no taint.
        long account = parseAccount(req.getParameter("account"));
        // ok: java.web.sql-injection
        st.executeQuery("SELECT * FROM accounts WHERE id = " + account);

        String order = "name";
        if ("date".equals(req.getParameter("sort"))) {
            order = "created_at";
        }
        // ok: java.web.sql-injection
        st.executeQuery("SELECT * FROM users ORDER BY " + order);
    }

    private static long parseAccount(String raw) {
        return Long.parseLong(raw.trim());
    }

    private ResultSet runQuery(Statement st, String who) throws Exception {
        // ruleid: java.web.sql-injection
        return st.executeQuery("SELECT * FROM users WHERE name = '" + who + "'");
    }
}

@RestController
class UserController {
    private final JdbcTemplate jdbcTemplate;
    private final EntityManager em;
    private final ExecutorService pool;

    UserController(JdbcTemplate jdbcTemplate, EntityManager em, ExecutorService pool) {
        this.jdbcTemplate = jdbcTemplate;
        this.em = em;
        this.pool = pool;
    }

    @GetMapping("/users")
    public List<Map<String, Object>> search(@RequestParam("q") String q, @RequestParam(defaultValue = "10") int limit) {
        // ruleid: java.web.sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM users WHERE name LIKE '%" + q + "%' LIMIT " + limit);
    }

    @GetMapping("/users/page")
    public List<Map<String, Object>> page(@RequestParam int limit, @RequestParam(required = false) Long after) {
        // ok: java.web.sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM users WHERE id > " + after + " LIMIT " + limit);
    }

    @GetMapping("/users/{id}")
    public Object byId(@PathVariable String id) {
        String jpql = "SELECT u FROM User u WHERE u.id = " + id;
        // ruleid: java.web.sql-injection
        return em.createQuery(jpql).getSingleResult();
    }

    @PostMapping("/users/rename")
    public void rename(@RequestBody RenameRequest body) {
        // ruleid: java.web.sql-injection
        jdbcTemplate.update("UPDATE users SET name = '" + body.getName() + "' WHERE id = " + body.getId());
        // ok: java.web.sql-injection
        jdbcTemplate.update("UPDATE users SET name = ? WHERE id = ?", body.getName(), body.getId());
    }

    @GetMapping("/users/native")
    public Object nativeSearch(@RequestParam String email, String unbound) {
        // ok: java.web.sql-injection
        em.createNativeQuery("SELECT * FROM users WHERE email = :email").setParameter("email", email);
        // ok: java.web.sql-injection
        em.createNativeQuery("SELECT * FROM users WHERE email = '" + unbound + "'");
        // ok: java.web.sql-injection
        pool.execute(() -> System.out.println(email));
        // ruleid: java.web.sql-injection
        return em.createNativeQuery("SELECT * FROM users WHERE email = '" + email + "'").getResultList();
    }
}

// Input from outside the program that is not an HTTP request.
class ReportJob {
    private Connection conn;

    void run(java.net.Socket socket) throws Exception {
        Statement st = conn.createStatement();
        java.io.BufferedReader console = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, "UTF-8"));
        String user = console.readLine();
        // ruleid: java.web.sql-injection
        st.executeQuery("SELECT * FROM users WHERE name = '" + user + "'");

        String region = System.getenv("REGION");
        // ruleid: java.web.sql-injection
        st.execute("DELETE FROM cache WHERE region = '" + region + "'");

        java.util.Properties props = new java.util.Properties();
        props.load(new java.io.FileInputStream("app.properties"));
        String table = props.getProperty("table");
        // ruleid: java.web.sql-injection
        st.executeUpdate("TRUNCATE " + table);

        java.io.BufferedReader peer = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), "UTF-8"));
        String id = peer.readLine();
        PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE id = ?");
        // ok: java.web.sql-injection
        ps.setString(1, id);
        // ok: java.web.sql-injection
        ps.executeQuery();

        // The JVM's own properties are not input.
        // ok: java.web.sql-injection
        st.executeQuery("SELECT * FROM hosts WHERE os = '" + System.getProperty("os.name") + "'");
    }
}

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

public class UserDao {
    private static final String TABLE = "users";
    private final Connection conn;

    public UserDao(Connection conn) {
        this.conn = conn;
    }

    public ResultSet findByName(String name) throws SQLException {
        Statement stmt = conn.createStatement();
        // ruleid: java.jdbc.sql-concat
        return stmt.executeQuery("SELECT * FROM users WHERE name = '" + name + "'");
    }

    public int deleteById(String id) throws SQLException {
        Statement stmt = conn.createStatement();
        // ruleid: java.jdbc.sql-concat
        return stmt.executeUpdate(String.format("DELETE FROM users WHERE id = %s", id));
    }

    public ResultSet search(String term, String order) throws SQLException {
        String sql = "SELECT * FROM products WHERE name LIKE '%" + term + "%' ORDER BY " + order;
        // ruleid: java.jdbc.sql-concat
        return conn.createStatement().executeQuery(sql);
    }

    public PreparedStatement badPrepared(String email) throws SQLException {
        // ruleid: java.jdbc.sql-concat
        return conn.prepareStatement("SELECT id FROM users WHERE email = '" + email + "'");
    }

    public boolean audit(String user) throws SQLException {
        // ruleid: java.jdbc.sql-concat
        return conn.createStatement().execute("INSERT INTO audit(user) VALUES ('" + user + "')");
    }

    public ResultSet findByNameSafe(String name) throws SQLException {
        PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");
        ps.setString(1, name);
        // ok: java.jdbc.sql-concat
        return ps.executeQuery();
    }

    public ResultSet all() throws SQLException {
        // ok: java.jdbc.sql-concat
        return conn.createStatement().executeQuery("SELECT * FROM " + TABLE + " ORDER BY id");
    }

    public void log(java.util.concurrent.Executor executor, String name) {
        // ok: java.jdbc.sql-concat
        executor.execute(() -> System.out.println("job " + name));
    }

    public void count(Metrics metrics, String key) {
        // ok: java.jdbc.sql-concat
        metrics.update("hits:" + key, 1);
    }

    // Inside a servlet method the taint rule java.web.sql-injection decides.
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String bar = "safe";
        try {
            java.sql.Statement statement = getConnection().createStatement();
            // ok: java.jdbc.sql-concat
            statement.execute("SELECT * FROM USERS WHERE PASSWORD='" + bar + "'");
        } catch (java.sql.SQLException e) {
            throw new ServletException(e);
        }
    }
}

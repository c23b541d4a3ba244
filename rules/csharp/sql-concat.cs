using System.Data.SqlClient;
using System.Linq;
using Microsoft.EntityFrameworkCore;

public class UserRepository
{
    private readonly SqlConnection _conn;
    private readonly AppDbContext _db;

    public SqlDataReader FindByName(string name)
    {
        // ruleid: csharp.ado.sql-concat
        var cmd = new SqlCommand("SELECT * FROM Users WHERE Name = '" + name + "'", _conn);
        return cmd.ExecuteReader();
    }

    public int Delete(string id)
    {
        using var cmd = _conn.CreateCommand();
        // ruleid: csharp.ado.sql-concat
        cmd.CommandText = $"DELETE FROM Users WHERE Id = {id}";
        return cmd.ExecuteNonQuery();
    }

    public IQueryable<User> Search(string term)
    {
        // ruleid: csharp.ado.sql-concat
        return _db.Users.FromSqlRaw($"SELECT * FROM Users WHERE Name LIKE '%{term}%'");
    }

    public SqlDataReader FindByNameSafe(string name)
    {
        // ok: csharp.ado.sql-concat
        var cmd = new SqlCommand("SELECT * FROM Users WHERE Name = @name", _conn);
        cmd.Parameters.AddWithValue("@name", name);
        return cmd.ExecuteReader();
    }

    public IQueryable<User> SearchSafe(string term)
    {
        // ok: csharp.ado.sql-concat
        return _db.Users.FromSqlInterpolated($"SELECT * FROM Users WHERE Name LIKE {"%" + term + "%"}");
    }

    public string Label(string name)
    {
        // ok: csharp.ado.sql-concat
        var message = new StringContent("Hello " + name);
        return message.ToString();
    }

    public List<Person> ListPersons(string table)
    {
        string query = string.Format("SELECT * FROM {0}", table);
        // ruleid: csharp.ado.sql-concat
        using (SqlCommand command = new SqlCommand(query, _conn))
        {
            return Read(command);
        }
    }

    public void DeleteLogs(Db db, string id)
    {
        // ruleid: csharp.ado.sql-concat
        db.ExecuteNonQuery(string.Format("delete from logs where ID={0}", id));
    }

    public IEnumerable<User> Dapper(IDbConnection conn, string name)
    {
        // ruleid: csharp.ado.sql-concat
        return conn.Query<User>($"SELECT * FROM Users WHERE Name = '{name}'");
    }

    public List<Person> ListPersonsSafe(string name)
    {
        string query = "SELECT * FROM Persons WHERE Name = @name";
        // ok: csharp.ado.sql-concat
        using (SqlCommand command = new SqlCommand(query, _conn))
        {
            command.Parameters.AddWithValue("@name", name);
            return Read(command);
        }
    }

    public IEnumerable<User> DapperSafe(IDbConnection conn, string name)
    {
        // ok: csharp.ado.sql-concat
        return conn.Query<User>("SELECT * FROM Users WHERE Name = @name", new { name });
    }

    public void Log(Logger log, string id)
    {
        // ok: csharp.ado.sql-concat
        log.Execute(string.Format("deleted {0}", id));
    }
}

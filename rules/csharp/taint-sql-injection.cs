using System.Data.SqlClient;
using Dapper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

public class UsersController : Controller
{
    private readonly AppDbContext _db;
    private readonly SqlConnection _conn;

    public IActionResult Search()
    {
        string name = Request.Query["name"];
        // ruleid: csharp.aspnet.sql-injection
        var cmd = new SqlCommand("SELECT * FROM Users WHERE Name = '" + name + "'", _conn);

        var delete = _conn.CreateCommand();
        // ruleid: csharp.aspnet.sql-injection
        delete.CommandText = $"DELETE FROM Sessions WHERE Token = '{Request.Cookies["token"]}'";

        // ok: csharp.aspnet.sql-injection
        var safe = new SqlCommand("SELECT * FROM Users WHERE Name = @name", _conn);
        safe.Parameters.AddWithValue("@name", name);

        int id = int.Parse(Request.Query["id"]);
        // ok: csharp.aspnet.sql-injection
        var byId = new SqlCommand("SELECT * FROM Users WHERE Id = " + id, _conn);
        return View();
    }

    [HttpGet("users/by-email")]
    public IActionResult ByEmail([FromQuery] string email)
    {
        // ruleid: csharp.aspnet.sql-injection
        var users = _db.Users.FromSqlRaw("SELECT * FROM Users WHERE Email = '" + email + "'").ToList();
        // ok: csharp.aspnet.sql-injection
        var same = _db.Users.FromSqlInterpolated($"SELECT * FROM Users WHERE Email = {email}").ToList();
        return Ok(users);
    }

    [HttpPost("users/rename")]
    public async Task<IActionResult> Rename(int id, string newName)
    {
        // ruleid: csharp.aspnet.sql-injection
        await _conn.ExecuteAsync($"UPDATE Users SET Name = '{newName}' WHERE Id = {id}");
        // ok: csharp.aspnet.sql-injection
        await _conn.ExecuteAsync("UPDATE Users SET Name = @newName WHERE Id = @id", new { newName, id });
        return Ok();
    }

    [HttpDelete("users/{id}")]
    public IActionResult Remove(int id)
    {
        // ok: csharp.aspnet.sql-injection
        _db.Database.ExecuteSqlRaw("DELETE FROM Users WHERE Id = " + id);
        Purge(Request.Query["before"]);
        return NoContent();
    }

    private void Purge(string before)
    {
        // ruleid: csharp.aspnet.sql-injection
        _db.Database.ExecuteSqlRaw("DELETE FROM Audit WHERE CreatedAt < '" + before + "'");
    }

    private List<User> Lookup(string table)
    {
        // ok: csharp.aspnet.sql-injection
        return _conn.Query<User>("SELECT * FROM " + table).ToList();
    }
}

public static class Endpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/orders", (string status, AppDbContext db) =>
            // ruleid: csharp.aspnet.sql-injection
            db.Orders.FromSqlRaw("SELECT * FROM Orders WHERE Status = '" + status + "'").ToList());
    }
}

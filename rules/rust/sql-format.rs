use rusqlite::{params, Connection};
use sqlx::PgPool;

pub async fn find_user(pool: &PgPool, name: &str) -> sqlx::Result<Vec<User>> {
    // ruleid: rust.sql.format-injection
    sqlx::query_as::<_, User>(&format!("SELECT * FROM users WHERE name = '{}'", name))
        .fetch_all(pool)
        .await
}

pub fn delete_user(conn: &Connection, id: &str) -> rusqlite::Result<usize> {
    let sql = format!("DELETE FROM users WHERE id = {}", id);
    // ruleid: rust.sql.format-injection
    conn.execute(&sql, [])
}

pub fn diesel_raw(conn: &mut PgConnection, precision: u32, scale: u32) {
    // ruleid: rust.sql.format-injection
    let _ = diesel::sql_query(format!("SELECT CAST(value AS DECIMAL({}, {})) AS value FROM t", precision, scale)).load::<Row>(conn);
}

pub fn update_email(client: &mut postgres::Client, email: &str, id: i32) {
    // ruleid: rust.sql.format-injection
    let _ = client.execute(&format!("UPDATE users SET email = '{}' WHERE id = {}", email, id), &[]);
}

pub async fn find_user_safe(pool: &PgPool, name: &str) -> sqlx::Result<Vec<User>> {
    // ok: rust.sql.format-injection
    sqlx::query_as::<_, User>("SELECT * FROM users WHERE name = $1")
        .bind(name)
        .fetch_all(pool)
        .await
}

pub fn delete_user_safe(conn: &Connection, id: &str) -> rusqlite::Result<usize> {
    // ok: rust.sql.format-injection
    conn.execute("DELETE FROM users WHERE id = ?1", params![id])
}

pub fn log_message(log: &Logger, id: &str) {
    // ok: rust.sql.format-injection
    log.execute(&format!("job {} finished", id));
}

#include <stdio.h>
#include <stdlib.h>
#include <sqlite3.h>

static int lookup(sqlite3 *db, const char *user) {
    char sql[256];
    snprintf(sql, sizeof sql, "SELECT id FROM users WHERE name = '%s'", user);
    // ruleid: c.input.sql-injection
    return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

int main(int argc, char *argv[]) {
    sqlite3 *db;
    sqlite3_open("app.db", &db);

    char name[64];
    if (!fgets(name, sizeof name, stdin)) {
        return 1;
    }
    char query[256];
    sprintf(query, "DELETE FROM sessions WHERE user = '%s'", name);
    // ruleid: c.input.sql-injection
    sqlite3_exec(db, query, NULL, NULL, NULL);

    lookup(db, argv[1]);

    sqlite3_stmt *stmt;
    // ok: c.input.sql-injection
    sqlite3_prepare_v2(db, "SELECT id FROM users WHERE name = ?", -1, &stmt, NULL);
    sqlite3_bind_text(stmt, 1, name, -1, SQLITE_TRANSIENT);

    char *safe = sqlite3_mprintf("SELECT id FROM users WHERE name = %Q", name);
    // ok: c.input.sql-injection
    sqlite3_exec(db, safe, NULL, NULL, NULL);

    int id = atoi(argv[2]);
    char by_id[128];
    snprintf(by_id, sizeof by_id, "SELECT * FROM users WHERE id = %d", id);
    // ok: c.input.sql-injection
    sqlite3_exec(db, by_id, NULL, NULL, NULL);

    // Engine gap: a propagator only adds taint, so rewriting `query` with
    // clean data does not clear what the earlier `sprintf` put there.
    snprintf(query, sizeof query, "SELECT * FROM users WHERE id = %d", id);
    // todook: c.input.sql-injection
    sqlite3_exec(db, query, NULL, NULL, NULL);
    return 0;
}

//! Records in an SQLite file: embedded, created on first use, in WAL mode so
//! the report can read while the guard writes.

use std::collections::HashMap;
use std::path::Path;

use rusqlite::{params, Connection};

use super::{join_languages, split_languages, Record, RecordFinding, Store, StoreError};

pub struct SqliteStore {
    conn: Connection,
    path: String,
}

impl SqliteStore {
    pub fn open(path: &str) -> Result<SqliteStore, StoreError> {
        let err = |source| StoreError::Sqlite { path: path.to_string(), source };
        if let Some(dir) = Path::new(path).parent().filter(|d| !d.as_os_str().is_empty()) {
            let _ = std::fs::create_dir_all(dir);
        }
        let conn = Connection::open(path).map_err(err)?;
        conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(err)?;
        conn.pragma_update(None, "journal_mode", "WAL").map_err(err)?;
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(err)?;
        // SQLite's INTEGER PRIMARY KEY is the rowid.
        conn.execute_batch(&super::schema("", "INTEGER", "INTEGER")).map_err(err)?;
        Ok(SqliteStore { conn, path: path.to_string() })
    }

    fn err(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite { path: self.path.clone(), source }
    }
}

impl Store for SqliteStore {
    fn insert(&mut self, records: &[Record]) -> Result<(), StoreError> {
        let path = self.path.clone();
        let err = |source| StoreError::Sqlite { path: path.clone(), source };
        let tx = self.conn.transaction().map_err(err)?;
        {
            let mut answer = tx
                .prepare_cached(
                    "INSERT INTO answers (time, endpoint, client, model, route, policy, action, rounds, languages, clean,
                     secrets_redacted, prompt_fingerprint, answer_fingerprint, latency_ms)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                )
                .map_err(err)?;
            let mut finding = tx
                .prepare_cached(
                    "INSERT INTO findings (answer_id, rule_id, cwe, severity, language, round) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )
                .map_err(err)?;
            for r in records {
                answer
                    .execute(params![
                        r.time,
                        r.endpoint,
                        r.client,
                        r.model,
                        r.route,
                        r.policy,
                        r.action,
                        r.rounds,
                        join_languages(&r.languages),
                        r.clean,
                        r.secrets_redacted,
                        r.prompt_fingerprint,
                        r.answer_fingerprint,
                        r.latency_ms as i64,
                    ])
                    .map_err(err)?;
                let id = tx.last_insert_rowid();
                for f in &r.findings {
                    finding.execute(params![id, f.rule_id, f.cwe, f.severity, f.language, f.round]).map_err(err)?;
                }
            }
        }
        tx.commit().map_err(err)
    }

    fn load(&mut self, since: i64, until: i64) -> Result<Vec<Record>, StoreError> {
        let mut findings: HashMap<i64, Vec<RecordFinding>> = HashMap::new();
        {
            let mut stmt = self
                .conn
                .prepare(
                    "SELECT f.answer_id, f.rule_id, f.cwe, f.severity, f.language, f.round FROM findings f
                     JOIN answers a ON a.id = f.answer_id WHERE a.time >= ?1 AND a.time < ?2 ORDER BY f.id",
                )
                .map_err(|e| self.err(e))?;
            let rows = stmt
                .query_map(params![since, until], |row| {
                    Ok((
                        row.get::<_, i64>(0)?,
                        RecordFinding {
                            rule_id: row.get(1)?,
                            cwe: row.get(2)?,
                            severity: row.get(3)?,
                            language: row.get(4)?,
                            round: row.get(5)?,
                        },
                    ))
                })
                .map_err(|e| self.err(e))?;
            for row in rows {
                let (id, f) = row.map_err(|e| self.err(e))?;
                findings.entry(id).or_default().push(f);
            }
        }
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, time, endpoint, client, model, route, policy, action, rounds, languages, clean,
                 secrets_redacted, prompt_fingerprint, answer_fingerprint, latency_ms
                 FROM answers WHERE time >= ?1 AND time < ?2 ORDER BY time, id",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params![since, until], |row| {
                let id: i64 = row.get(0)?;
                Ok(Record {
                    time: row.get(1)?,
                    endpoint: row.get(2)?,
                    client: row.get(3)?,
                    model: row.get(4)?,
                    route: row.get(5)?,
                    policy: row.get(6)?,
                    action: row.get(7)?,
                    rounds: row.get(8)?,
                    languages: split_languages(&row.get::<_, String>(9)?),
                    clean: row.get(10)?,
                    secrets_redacted: row.get(11)?,
                    prompt_fingerprint: row.get(12)?,
                    answer_fingerprint: row.get(13)?,
                    latency_ms: row.get::<_, i64>(14)? as u64,
                    findings: findings.remove(&id).unwrap_or_default(),
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }

    fn count(&mut self) -> Result<u64, StoreError> {
        self.conn
            .query_row("SELECT COUNT(*) FROM answers", [], |row| row.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(|e| self.err(e))
    }
}

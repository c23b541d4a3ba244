//! Records in PostgreSQL, for a guard shared by a team: the same tables as
//! SQLite, created on first use.

use std::collections::HashMap;

use postgres::{Client, NoTls};

use super::{join_languages, split_languages, Record, RecordFinding, Store, StoreError};

pub struct PostgresStore {
    client: Client,
}

impl PostgresStore {
    /// Connects (without TLS: use a local socket, loopback or a tunnel) and
    /// creates the tables when missing.
    pub fn connect(url: &str) -> Result<PostgresStore, StoreError> {
        let mut client = Client::connect(url, NoTls)?;
        client.batch_execute(&super::schema("vigil_", "BIGSERIAL", "BOOLEAN"))?;
        Ok(PostgresStore { client })
    }
}

impl Store for PostgresStore {
    fn insert(&mut self, records: &[Record]) -> Result<(), StoreError> {
        let mut tx = self.client.transaction()?;
        let answer = tx.prepare(
            "INSERT INTO vigil_answers (time, endpoint, client, model, route, policy, action, rounds, languages, clean,
             secrets_redacted, prompt_fingerprint, answer_fingerprint, latency_ms)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
        )?;
        let finding = tx.prepare(
            "INSERT INTO vigil_findings (answer_id, rule_id, cwe, severity, language, round) VALUES ($1, $2, $3, $4, $5, $6)",
        )?;
        for r in records {
            let row = tx.query_one(
                &answer,
                &[
                    &r.time,
                    &r.endpoint,
                    &r.client,
                    &r.model,
                    &r.route,
                    &r.policy,
                    &r.action,
                    &(r.rounds as i32),
                    &join_languages(&r.languages),
                    &r.clean,
                    &(r.secrets_redacted as i32),
                    &r.prompt_fingerprint,
                    &r.answer_fingerprint,
                    &(r.latency_ms as i64),
                ],
            )?;
            let id: i64 = row.get(0);
            for f in &r.findings {
                tx.execute(&finding, &[&id, &f.rule_id, &f.cwe, &f.severity, &f.language, &(f.round as i32)])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    fn load(&mut self, since: i64, until: i64) -> Result<Vec<Record>, StoreError> {
        let mut findings: HashMap<i64, Vec<RecordFinding>> = HashMap::new();
        for row in self.client.query(
            "SELECT f.answer_id, f.rule_id, f.cwe, f.severity, f.language, f.round FROM vigil_findings f
             JOIN vigil_answers a ON a.id = f.answer_id WHERE a.time >= $1 AND a.time < $2 ORDER BY f.id",
            &[&since, &until],
        )? {
            let round: i32 = row.get(5);
            findings.entry(row.get(0)).or_default().push(RecordFinding {
                rule_id: row.get(1),
                cwe: row.get(2),
                severity: row.get(3),
                language: row.get(4),
                round: round as u32,
            });
        }
        let rows = self.client.query(
            "SELECT id, time, endpoint, client, model, route, policy, action, rounds, languages, clean,
             secrets_redacted, prompt_fingerprint, answer_fingerprint, latency_ms
             FROM vigil_answers WHERE time >= $1 AND time < $2 ORDER BY time, id",
            &[&since, &until],
        )?;
        Ok(rows
            .into_iter()
            .map(|row| {
                let id: i64 = row.get(0);
                let rounds: i32 = row.get(8);
                let secrets: i32 = row.get(11);
                let latency: i64 = row.get(14);
                Record {
                    time: row.get(1),
                    endpoint: row.get(2),
                    client: row.get(3),
                    model: row.get(4),
                    route: row.get(5),
                    policy: row.get(6),
                    action: row.get(7),
                    rounds: rounds as u32,
                    languages: split_languages(row.get(9)),
                    clean: row.get(10),
                    secrets_redacted: secrets as u32,
                    prompt_fingerprint: row.get(12),
                    answer_fingerprint: row.get(13),
                    latency_ms: latency as u64,
                    findings: findings.remove(&id).unwrap_or_default(),
                }
            })
            .collect())
    }

    fn count(&mut self) -> Result<u64, StoreError> {
        let row = self.client.query_one("SELECT COUNT(*) FROM vigil_answers", &[])?;
        let n: i64 = row.get(0);
        Ok(n as u64)
    }
}

//! Records of scanned answers: what the model produced and what the guard
//! did, never the prompt or the answer themselves (only fingerprints).
//!
//! Storage is behind [`Store`], with an SQLite ([`sqlite`]) and a PostgreSQL
//! ([`postgres`]) implementation; [`Recorder`] owns the store on a thread of
//! its own and writes in batches, so handlers never wait on the database.

pub mod postgres;
mod recorder;
pub mod sqlite;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use recorder::{Recorder, RecorderDone, RecorderStats};

/// One scanned answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// Unix time in seconds.
    pub time: i64,
    /// `proxy` or `scan`.
    pub endpoint: String,
    /// The request's `user`, or a fingerprint of the client's key, or `anonymous`.
    pub client: String,
    pub model: String,
    /// The route name, empty for the plain `/v1`.
    pub route: String,
    /// `annotate`, `block`, `revise`, or `scan` for the scan API.
    pub policy: String,
    /// See [`crate::review::Outcome::action`].
    pub action: String,
    /// Follow-up rounds made (revise).
    pub rounds: u32,
    /// Languages of the code in the answer; empty when it had none.
    pub languages: Vec<String>,
    /// Whether the answer the client got has no finding at or above the policy's threshold.
    pub clean: bool,
    pub secrets_redacted: u32,
    pub prompt_fingerprint: String,
    pub answer_fingerprint: String,
    pub latency_ms: u64,
    pub findings: Vec<RecordFinding>,
}

/// A finding of a recorded answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordFinding {
    pub rule_id: String,
    /// The first CWE of the rule, or empty.
    pub cwe: String,
    pub severity: String,
    pub language: String,
    /// 0 for the model's first answer, n for the answer of revision round n.
    pub round: u32,
}

impl RecordFinding {
    pub fn of(f: &vigil::Finding, round: u32) -> RecordFinding {
        RecordFinding {
            rule_id: f.rule_id.clone(),
            cwe: f.cwe.first().cloned().unwrap_or_default(),
            severity: f.severity.to_string(),
            language: f.language.name().to_string(),
            round,
        }
    }
}

/// A short, one-way fingerprint: enough to tell equal texts apart, nothing
/// to recover them from.
pub fn fingerprint(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(12).map(|b| format!("{b:02x}")).collect()
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("SQLite database {path}: {source}")]
    Sqlite {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error("PostgreSQL database: {0}")]
    Postgres(#[from] ::postgres::Error),
    #[error("the record writer has stopped")]
    Stopped,
}

/// Where records live. Both backends pass the same tests
/// (`tests/records.rs`).
pub trait Store: Send {
    /// Writes records in one transaction.
    fn insert(&mut self, records: &[Record]) -> Result<(), StoreError>;
    /// Records with `since <= time < until`, oldest first.
    fn load(&mut self, since: i64, until: i64) -> Result<Vec<Record>, StoreError>;
    /// How many records there are.
    fn count(&mut self) -> Result<u64, StoreError>;
}

/// Opens the store named by `location`: a `postgres://` URL, else an SQLite
/// file (created with its tables on first use).
pub fn open_store(location: &str) -> Result<Box<dyn Store>, StoreError> {
    if crate::settings::is_postgres_url(location) {
        Ok(Box::new(postgres::PostgresStore::connect(location)?))
    } else {
        Ok(Box::new(sqlite::SqliteStore::open(location)?))
    }
}

/// The tables, in the SQL both backends understand: `prefix` names them,
/// `id` is the key's type, `boolean` the flag's.
pub(crate) fn schema(prefix: &str, id: &str, boolean: &str) -> String {
    format!(
        "CREATE TABLE IF NOT EXISTS {prefix}answers (
            id {id} PRIMARY KEY,
            time BIGINT NOT NULL, endpoint TEXT NOT NULL, client TEXT NOT NULL, model TEXT NOT NULL,
            route TEXT NOT NULL, policy TEXT NOT NULL, action TEXT NOT NULL, rounds INTEGER NOT NULL,
            languages TEXT NOT NULL, clean {boolean} NOT NULL, secrets_redacted INTEGER NOT NULL,
            prompt_fingerprint TEXT NOT NULL, answer_fingerprint TEXT NOT NULL, latency_ms BIGINT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS {prefix}answers_time ON {prefix}answers (time);
        CREATE TABLE IF NOT EXISTS {prefix}findings (
            id {id} PRIMARY KEY,
            answer_id BIGINT NOT NULL REFERENCES {prefix}answers (id),
            rule_id TEXT NOT NULL, cwe TEXT NOT NULL, severity TEXT NOT NULL, language TEXT NOT NULL,
            round INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS {prefix}findings_answer ON {prefix}findings (answer_id);"
    )
}

/// Languages and findings are stored as text columns in both backends.
pub(crate) fn join_languages(languages: &[String]) -> String {
    languages.join(",")
}

pub(crate) fn split_languages(text: &str) -> Vec<String> {
    text.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect()
}

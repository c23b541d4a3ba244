//! Vigil's guard: the service that reviews and revises what a model writes,
//! where the code is born.
//!
//! - [`server`]: `vigil serve`'s HTTP server: `POST /v1/scan` ([`scan_api`]),
//!   the OpenAI-compatible proxy ([`proxy`], [`streaming`]), `/healthz`,
//!   `/metrics` ([`metrics`]) and the report page ([`web`]).
//! - [`exchange`]: one chat completion through the guard: redaction
//!   ([`redaction`]), review ([`review`]), the policy ([`policy`]) and its
//!   revision rounds, the record.
//! - [`records`]: SQLite or PostgreSQL behind one trait, written by a
//!   thread of its own; [`report`] aggregates them for `vigil report` and
//!   the page.

pub mod error;
pub mod exchange;
pub mod metrics;
pub mod policy;
pub mod proxy;
pub mod records;
pub mod redaction;
pub mod report;
pub mod review;
pub mod scan_api;
pub mod server;
pub mod settings;
pub mod sse;
pub mod streaming;
pub mod upstream;
pub mod web;

pub use error::ApiError;
pub use policy::{Policy, PolicyTable};
pub use records::{open_store, Record, RecordFinding, Store, StoreError};
pub use report::{render_text, summarize, Summary};
pub use server::{GuardServer, ServeError};
pub use settings::{GuardSettings, Limits, SettingsError};

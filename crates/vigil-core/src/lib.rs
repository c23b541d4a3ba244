//! The model every other Vigil crate speaks: which language a text is in, where a
//! span sits in it, what a finding says, why a file was skipped, and how a rule
//! describes itself to outputs.
//!
//! This crate has no parser and no I/O, so that outputs, inputs and the library
//! facade can share one vocabulary without pulling in tree-sitter.

mod apply;
mod finding;
mod fingerprint;
mod language;
mod report;
mod severity;
mod span;

pub use apply::{apply_fixes, FixOutcome};
pub use finding::{Edit, Finding, Fix, FlowStep};
pub use fingerprint::{assign_fingerprints, fingerprint};
pub use language::{Language, UnknownLanguage};
pub use report::{Report, RuleInfo, Skip, SkipReason, Stats};
pub use severity::{Confidence, ParseLevelError, Severity};
pub use span::{LineIndex, Position, Span};

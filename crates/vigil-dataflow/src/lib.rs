//! Taint tracking: does untrusted data reach a dangerous call?
//!
//! The engine knows nothing of rules. It is given byte ranges of a parsed
//! file: where sources, sinks and sanitizers matched (found by the rule
//! engine) and where propagators connect two expressions, and it reports
//! every flow from a source to a sink.
//!
//! It is one engine for every language: [`lower`] reads the few kinds of
//! statement that matter for flow (assignments, branches, loops, returns,
//! functions) from tree-sitter's node kinds and fields, which the grammars
//! share to a large degree. Each function is analysed on its own, with
//! branches merged and loops run to a fixed point; summaries of the file's
//! functions (which parameters reach the return value or a sink) carry taint
//! across calls within the file.

mod analysis;
mod consts;
mod facts;
mod guards;
mod lists;
mod lower;
mod spec;
mod state;

pub use analysis::{analyze, analyze_with};
pub use facts::FileFacts;
pub use spec::{Flow, LabelExpr, Propagator, Sink, Source, Span, Step, TaintSpec};

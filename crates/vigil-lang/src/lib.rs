//! Grammars and parsing for every language Vigil analyses.
//!
//! One function turns text into a tree-sitter tree: [`parse`]. It knows the
//! traps of each grammar (PHP without `<?php`, Go without a final newline) and
//! repairs what LLM answers typically break: a snippet cut off mid-line is
//! closed with the brackets and quotes it left open, so everything before the
//! cut is analysed. Parsers are cached per thread, and a parse that runs past
//! its time budget is abandoned instead of hanging the scan.

mod fields;
mod grammar;
mod kinds;
mod parse;
mod repair;
mod walk;

pub use fields::FieldLookup;
pub use grammar::{grammar, grammar_for_pattern};
pub use kinds::KindTable;
pub use parse::{parse, parse_exact, parse_with_budget, ParseError, Parsed};
pub use repair::closing_suffix;
pub use walk::{is_function_kind, preorder_with_depths, significant_children, PreorderIter};

pub use tree_sitter;

//! Rules in Semgrep's YAML format: loading ([`load_str`], [`load_path`]),
//! the built-in pack ([`builtin`]), and running them on parsed files
//! ([`RuleSet`], [`Target`]).
//!
//! A rule is compiled once: its patterns are parsed for every language it
//! applies to, its regexes built, and the words any match must contain
//! collected for a prefilter. Running it is then a walk over nodes of the
//! right kinds only.

pub mod annotations;
mod builtin;
mod compare;
mod eval;
mod load;
mod model;
mod paths;
mod prefilter;
mod rule_regex;
mod ruleset;
mod taint_groups;
pub mod testing;

pub use builtin::{builtin, BUILTIN_FILES};
pub use eval::{evaluate, Target};
pub use load::{load_path, load_str, Loaded, RuleError};
pub use model::{first_sentence, CmpExpr, Condition, FixRegex, Formula, PatternSet, Rule};
pub use paths::PathFilter;
pub use rule_regex::RuleRegex;
pub use ruleset::{RuleMatch, RuleSet};

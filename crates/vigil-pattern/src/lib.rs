//! Structural code patterns in Semgrep's syntax.
//!
//! A pattern is code in the target language with holes: metavariables
//! (`$X`, `$...ARGS`, `$_`), ellipses (`...` for any arguments, statements or
//! string), and deep expressions (`<... $X ...>`). [`Pattern::compile`] turns
//! the text into a tree of [`PNode`]s by parsing it with the language's own
//! grammar, after rewriting the holes into identifiers the grammar accepts
//! ([`placeholder`]). [`Pattern::find_all`] then walks a parsed target and
//! reports every match with its metavariable bindings.
//!
//! Matching works on "significant" children: named nodes plus anonymous
//! tokens that carry meaning (operators, keywords), but not punctuation or
//! comments, so `f(a,b)` and `f( a , b /* c */ )` are the same call.

mod compile;
mod context;
mod matcher;
mod placeholder;
mod pnode;

pub use compile::PatternError;
pub use context::MatchContext;
pub use matcher::{Binding, Bindings, ChildCache, Match};
pub use pnode::{PNode, Pattern, PatternRoot};

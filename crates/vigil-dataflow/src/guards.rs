//! What a branch condition proves about the values it tests.
//!
//! A sanitizer matched in a condition is a check. Most checks accept a value
//! (`name.isdigit()`, `name in ALLOWED`): where they are true, the value is
//! clean. Others reject one (`".." in name`, `"'" in name`): where they are
//! false, the value is clean. `not`, `and` and `or` combine what their parts
//! prove, so `if ".." in name or name.startswith("/"): abort(400)` leaves
//! `name` clean after the `if`, and `if name.isdigit() and ok: ...` cleans it
//! in the `then` branch only.

use vigil_lang::tree_sitter::Node;
use vigil_lang::FieldLookup;
use vigil_lang::PreorderIter;

use crate::lower::{is_name_kind, named_children, path_of};
use crate::spec::Span;

/// Deeper conditions are not read.
const MAX_DEPTH: usize = 32;

/// The paths a condition proves clean when it is true, and when it is false.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Proven {
    pub when_true: Vec<String>,
    pub when_false: Vec<String>,
}

/// The matched checks of one rule in one file.
pub struct Checks<'a> {
    /// Sanitizers: true for clean values (as far as conditions go).
    pub accepting: &'a [Span],
    /// True for dangerous values.
    pub rejecting: &'a [Span],
    pub source: &'a str,
}

fn span(node: Node) -> Span {
    (node.start_byte(), node.end_byte())
}

fn inside(inner: Span, outer: Span) -> bool {
    outer.0 <= inner.0 && inner.1 <= outer.1
}

impl Checks<'_> {
    /// What `cond` proves; empty when no check matched inside it.
    pub fn proven(&self, cond: Node) -> Proven {
        let c = span(cond);
        let any = |spans: &[Span]| spans.iter().any(|s| inside(*s, c));
        if !any(self.accepting) && !any(self.rejecting) {
            return Proven::default();
        }
        let mut p = self.read(cond, 0);
        for v in [&mut p.when_true, &mut p.when_false] {
            v.sort();
            v.dedup();
        }
        p
    }

    fn read(&self, node: Node, depth: usize) -> Proven {
        let s = span(node);
        if self.accepting.contains(&s) {
            return Proven { when_true: self.names_in(node), when_false: Vec::new() };
        }
        if self.rejecting.contains(&s) {
            return Proven { when_true: Vec::new(), when_false: self.names_in(node) };
        }
        if depth > MAX_DEPTH {
            return Proven::default();
        }
        let kids = named_children(node);
        match (logic_operator(node, self.source), kids.as_slice()) {
            (Some(Logic::Not), [operand]) => {
                let inner = self.read(*operand, depth + 1);
                Proven { when_true: inner.when_false, when_false: inner.when_true }
            }
            (Some(Logic::And), [a, b]) => {
                let (a, b) = (self.read(*a, depth + 1), self.read(*b, depth + 1));
                Proven { when_true: union(a.when_true, b.when_true), when_false: common(a.when_false, &b.when_false) }
            }
            (Some(Logic::Or), [a, b]) => {
                let (a, b) = (self.read(*a, depth + 1), self.read(*b, depth + 1));
                Proven { when_true: common(a.when_true, &b.when_true), when_false: union(a.when_false, b.when_false) }
            }
            (None, [inner]) if node.kind() == "parenthesized_expression" || node.kind() == "condition_clause" => {
                self.read(*inner, depth + 1)
            }
            // Any other expression around an accepting check (`ok(x.isdigit())`,
            // `x.isdigit() == True`) is read as true when the check is.
            _ => {
                let mut when_true = Vec::new();
                for a in self.accepting.iter().filter(|a| inside(**a, s)) {
                    if let Some(n) = node.descendant_for_byte_range(a.0, a.1).filter(|n| span(*n) == *a) {
                        when_true.extend(self.names_in(n));
                    }
                }
                Proven { when_true, when_false: Vec::new() }
            }
        }
    }

    /// The variables and fields a check mentions.
    fn names_in(&self, node: Node) -> Vec<String> {
        PreorderIter::new(node)
            .take(10_000)
            .filter(|n| is_name_kind(n.kind()))
            .filter_map(|n| path_of(n, self.source))
            .collect()
    }
}

enum Logic {
    Not,
    And,
    Or,
}

/// `not x` / `!x`, `a and b` / `a && b`, `a or b` / `a || b`, in the
/// grammars' spellings (an `operator` field, or an anonymous token).
fn logic_operator(node: Node, source: &str) -> Option<Logic> {
    let op = match node.child_by_field("operator") {
        Some(op) => crate::lower::text(op, source).to_string(),
        None => {
            let mut c = node.walk();
            let found = node
                .children(&mut c)
                .filter(|n| !n.is_named())
                .map(|n| n.kind())
                .find(|k| matches!(*k, "not" | "!" | "and" | "&&" | "or" | "||"));
            found?.to_string()
        }
    };
    match op.as_str() {
        "not" | "!" => Some(Logic::Not),
        "and" | "&&" => Some(Logic::And),
        "or" | "||" => Some(Logic::Or),
        _ => None,
    }
}

fn union(mut a: Vec<String>, b: Vec<String>) -> Vec<String> {
    a.extend(b);
    a
}

fn common(a: Vec<String>, b: &[String]) -> Vec<String> {
    a.into_iter().filter(|p| b.contains(p)).collect()
}

//! The abstract state: which variables (and field paths) hold tainted data,
//! where that data came from, and how it got there.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use crate::spec::{Span, Step};

/// How many steps a trace keeps; enough to explain a flow.
const MAX_STEPS: usize = 12;

/// Where tainted data originates.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Origin {
    /// A source match.
    Source(Span),
    /// The i-th parameter of the function being summarised.
    Param(usize),
}

/// A tainted value.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Taint {
    pub origin: Origin,
    pub labels: BTreeSet<String>,
    pub steps: Vec<Step>,
    /// Every parameter this value derives from, whatever `origin` says:
    /// `f"{a}{b}"` depends on both `a` and `b`, and a summary must know.
    pub params: BTreeSet<usize>,
}

impl Taint {
    pub fn with_step(&self, span: Span, what: &str) -> Taint {
        let mut t = self.clone();
        if t.steps.len() < MAX_STEPS && t.steps.last().is_none_or(|s| s.span != span) {
            t.steps.push(Step { span, what: what.to_string() });
        }
        t
    }

    /// Joins two taints of one value: the earlier origin wins, labels unite.
    pub fn join(&self, other: &Taint) -> Taint {
        let (mut keep, drop) = if self.origin <= other.origin { (self.clone(), other) } else { (other.clone(), self) };
        keep.labels.extend(drop.labels.iter().cloned());
        keep.params.extend(drop.params.iter().copied());
        keep
    }
}

/// Joins several optional taints.
pub fn join_all(taints: impl IntoIterator<Item = Option<Taint>>) -> Option<Taint> {
    taints.into_iter().flatten().reduce(|a, b| a.join(&b))
}

/// The taint of every variable at one program point. An unreachable state
/// (after `return` or `raise`) is the identity of [`State::merge`].
///
/// Taints are shared (`Rc`): a branch copies the state, and copying a
/// pointer per variable is what keeps long functions affordable.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct State {
    pub vars: BTreeMap<String, Rc<Taint>>,
    pub unreachable: bool,
}

impl State {
    pub fn dead() -> State {
        State { vars: BTreeMap::new(), unreachable: true }
    }

    /// The state where control from either may arrive: a variable is tainted
    /// if it is tainted on either path.
    pub fn merge(&self, other: &State) -> State {
        if self.unreachable {
            return other.clone();
        }
        if other.unreachable {
            return self.clone();
        }
        let mut vars = self.vars.clone();
        for (k, v) in &other.vars {
            vars.entry(k.clone())
                .and_modify(|e| {
                    if !Rc::ptr_eq(e, v) && **e != **v {
                        *e = Rc::new(e.join(v));
                    }
                })
                .or_insert_with(|| v.clone());
        }
        State { vars, unreachable: false }
    }

    /// The taint of a variable or of an access path (`a.b.c`): the path
    /// itself, or any prefix of it (a tainted object taints its fields).
    pub fn lookup(&self, path: &str) -> Option<&Taint> {
        if let Some(t) = self.vars.get(path) {
            return Some(t);
        }
        let mut end = path.len();
        while let Some(i) = path[..end].rfind(['.', '[']) {
            end = i;
            if let Some(t) = self.vars.get(&path[..end]) {
                return Some(t);
            }
        }
        None
    }

    /// The taint of a container read as a whole: the container's own, or
    /// that of any element or field stored in it (`map["k"]`, `obj.f`).
    pub fn lookup_with_elements(&self, path: &str) -> Option<Taint> {
        let own = self.lookup(path).cloned();
        let elements = self.elements(path).map(|(_, t)| Some(Taint::clone(t)));
        join_all(std::iter::once(own).chain(elements))
    }

    fn elements<'s>(&'s self, path: &str) -> impl Iterator<Item = (&'s String, &'s Rc<Taint>)> + 's {
        let (dot, bracket) = (format!("{path}."), format!("{path}["));
        let dots = self.vars.range(dot.clone()..).take_while(move |(k, _)| k.starts_with(&dot));
        let brackets = self.vars.range(bracket.clone()..).take_while(move |(k, _)| k.starts_with(&bracket));
        dots.chain(brackets)
    }

    /// Whether elements or fields were stored in `path`.
    pub fn has_elements(&self, path: &str) -> bool {
        self.elements(path).next().is_some()
    }

    /// Sets or clears a variable. Writing a whole variable also clears the
    /// paths below it.
    pub fn assign(&mut self, path: &str, taint: Option<Taint>) {
        let prefix_dot = format!("{path}.");
        let prefix_bracket = format!("{path}[");
        self.vars.retain(|k, _| !k.starts_with(&prefix_dot) && !k.starts_with(&prefix_bracket));
        match taint {
            Some(t) => {
                self.vars.insert(path.to_string(), Rc::new(t));
            }
            None => {
                self.vars.remove(path);
            }
        }
    }

    /// Adds taint to a variable without removing what it had (a write to
    /// one element of a container taints the container).
    pub fn taint_weakly(&mut self, path: &str, taint: Taint) {
        self.vars
            .entry(path.to_string())
            .and_modify(|e| *e = Rc::new(e.join(&taint)))
            .or_insert_with(|| Rc::new(taint));
    }
}

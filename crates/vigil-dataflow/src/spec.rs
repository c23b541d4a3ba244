use std::collections::BTreeSet;

/// A half-open byte range of the file.
pub type Span = (usize, usize);

/// Where a source pattern matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub span: Span,
    /// Labels the taint carries (empty: the default label).
    pub labels: BTreeSet<String>,
    /// The matched variable is tainted from then on (`read_into(buf)`).
    pub by_side_effect: bool,
    /// `by-side-effect: only`: the matched expression itself is not tainted,
    /// only the variable after it (`free(p)` marks `p` as freed from the next
    /// use on, while `free(p)` itself is not yet a use of freed memory).
    pub side_effect_only: bool,
}

/// A boolean expression over labels (`requires:`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LabelExpr {
    Label(String),
    Not(Box<LabelExpr>),
    And(Box<LabelExpr>, Box<LabelExpr>),
    Or(Box<LabelExpr>, Box<LabelExpr>),
}

impl LabelExpr {
    pub fn holds(&self, labels: &BTreeSet<String>) -> bool {
        match self {
            LabelExpr::Label(l) => labels.contains(l),
            LabelExpr::Not(e) => !e.holds(labels),
            LabelExpr::And(a, b) => a.holds(labels) && b.holds(labels),
            LabelExpr::Or(a, b) => a.holds(labels) || b.holds(labels),
        }
    }

    /// Parses `A`, `not A`, `A and B`, `A or (B and not C)`.
    pub fn parse(text: &str) -> Result<LabelExpr, String> {
        let tokens: Vec<String> =
            text.replace('(', " ( ").replace(')', " ) ").split_whitespace().map(str::to_string).collect();
        let mut pos = 0;
        let e = parse_or(&tokens, &mut pos)?;
        if pos != tokens.len() {
            return Err(format!("unexpected `{}` in label expression", tokens[pos]));
        }
        Ok(e)
    }
}

fn parse_or(t: &[String], pos: &mut usize) -> Result<LabelExpr, String> {
    let mut lhs = parse_and(t, pos)?;
    while t.get(*pos).is_some_and(|w| w == "or") {
        *pos += 1;
        lhs = LabelExpr::Or(Box::new(lhs), Box::new(parse_and(t, pos)?));
    }
    Ok(lhs)
}

fn parse_and(t: &[String], pos: &mut usize) -> Result<LabelExpr, String> {
    let mut lhs = parse_not(t, pos)?;
    while t.get(*pos).is_some_and(|w| w == "and") {
        *pos += 1;
        lhs = LabelExpr::And(Box::new(lhs), Box::new(parse_not(t, pos)?));
    }
    Ok(lhs)
}

fn parse_not(t: &[String], pos: &mut usize) -> Result<LabelExpr, String> {
    match t.get(*pos).map(String::as_str) {
        Some("not") => {
            *pos += 1;
            Ok(LabelExpr::Not(Box::new(parse_not(t, pos)?)))
        }
        Some("(") => {
            *pos += 1;
            let e = parse_or(t, pos)?;
            if t.get(*pos).map(String::as_str) != Some(")") {
                return Err("unbalanced parentheses in label expression".into());
            }
            *pos += 1;
            Ok(e)
        }
        Some(w) if w.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-') => {
            *pos += 1;
            Ok(LabelExpr::Label(w.to_string()))
        }
        Some(w) => Err(format!("unexpected `{w}` in label expression")),
        None => Err("empty label expression".into()),
    }
}

/// Where a sink pattern matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sink {
    pub span: Span,
    /// Labels the taint must have; `None` accepts any taint.
    pub requires: Option<LabelExpr>,
    /// Only the whole sink expression counts, not a tainted part of it.
    pub exact: bool,
}

/// A propagator match: taint of `from` flows into `to`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Propagator {
    pub span: Span,
    pub from: Span,
    pub to: Span,
}

/// Everything the rule engine found in one file for one taint rule.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TaintSpec {
    pub sources: Vec<Source>,
    pub sinks: Vec<Sink>,
    pub sanitizers: Vec<Span>,
    /// Checks that hold for dangerous values (`".." in name`): in a
    /// condition, the values they test are clean where the check is false
    /// (the `else` branch, or after `if ".." in name: return`).
    pub rejecting_checks: Vec<Span>,
    pub propagators: Vec<Propagator>,
}

/// One step of a flow: where the tainted value went, and how.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Step {
    pub span: Span,
    pub what: String,
}

/// A flow from a source to a sink.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Flow {
    pub source: Span,
    pub steps: Vec<Step>,
    pub sink: Span,
    pub labels: Vec<String>,
}

//! Applying several fixes to one text, deterministically and safely.
//!
//! Fixes are taken in a fixed order (by position; of two starting together,
//! the wider first), so the outcome never depends on scan order. A fix that
//! overlaps one already taken is left out, and so is a fix after which the
//! code parses worse than before (the caller says how to count syntax
//! errors, since this crate has no parser).

use crate::{Edit, Finding};

/// What happened to the fixes of one text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FixOutcome {
    /// The text with the accepted fixes applied (the input when none were).
    pub text: String,
    /// Rule ids and lines of the findings fixed.
    pub applied: Vec<(String, u32)>,
    /// Rule id, line and why, for fixes left out.
    pub rejected: Vec<(String, u32, String)>,
}

fn apply_edits(text: &str, edits: &[Edit]) -> Option<String> {
    crate::Fix { description: String::new(), edits: edits.to_vec() }.apply(text)
}

/// Applies the fixes of `findings` (all in `text`), keeping only those that
/// do not overlap and do not raise `syntax_errors`.
pub fn apply_fixes(text: &str, findings: &[&Finding], syntax_errors: &dyn Fn(&str) -> usize) -> FixOutcome {
    let mut candidates: Vec<&Finding> = findings.iter().copied().filter(|f| f.fix.is_some()).collect();
    // By position; of two fixes starting together, the wider one first.
    candidates.sort_by(|a, b| {
        (a.span.start_byte, std::cmp::Reverse(a.span.end_byte), &a.rule_id).cmp(&(
            b.span.start_byte,
            std::cmp::Reverse(b.span.end_byte),
            &b.rule_id,
        ))
    });
    let mut outcome = FixOutcome { text: text.to_string(), ..FixOutcome::default() };
    let mut taken: Vec<(&Finding, Vec<Edit>)> = Vec::new();
    for f in candidates {
        let edits = f.fix.as_ref().map(|fix| fix.edits.clone()).unwrap_or_default();
        let clash = taken.iter().find(|(_, other)| {
            edits.iter().any(|e| other.iter().any(|o| e.start_byte < o.end_byte && o.start_byte < e.end_byte))
        });
        if let Some((other, _)) = clash {
            outcome.rejected.push((
                f.rule_id.clone(),
                f.span.start.line,
                format!("overlaps the fix of {} on line {}", other.rule_id, other.span.start.line),
            ));
            continue;
        }
        taken.push((f, edits));
    }
    if taken.is_empty() {
        return outcome;
    }
    let baseline_errors = syntax_errors(text);
    let all: Vec<Edit> = taken.iter().flat_map(|(_, e)| e.iter().cloned()).collect();
    if let Some(fixed) = apply_edits(text, &all) {
        if syntax_errors(&fixed) <= baseline_errors {
            outcome.text = fixed;
            outcome.applied = taken.iter().map(|(f, _)| (f.rule_id.clone(), f.span.start.line)).collect();
            return outcome;
        }
    }
    // Together they break the code: keep each fix only if it does not.
    let mut kept: Vec<Edit> = Vec::new();
    for (f, edits) in &taken {
        let mut trial = kept.clone();
        trial.extend(edits.iter().cloned());
        match apply_edits(text, &trial) {
            Some(fixed) if syntax_errors(&fixed) <= baseline_errors => {
                kept = trial;
                outcome.applied.push((f.rule_id.clone(), f.span.start.line));
            }
            Some(_) => outcome.rejected.push((
                f.rule_id.clone(),
                f.span.start.line,
                "the fixed code would not parse, so the fix was not applied".into(),
            )),
            None => outcome.rejected.push((
                f.rule_id.clone(),
                f.span.start.line,
                "the fix's edits do not fit the text".into(),
            )),
        }
    }
    if let Some(fixed) = apply_edits(text, &kept) {
        outcome.text = fixed;
    }
    outcome
}

//! Findings cut down for an agent's context: the fields it acts on, one line
//! of lesson, the most severe first, and a cap with a "N more" note.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use vigil::lessons::{lesson_line, truncate_chars};
use vigil::{Finding, RuleInfo};

use crate::output::{FindingBrief, FindingList, FixBrief};

/// Longest `code`, `message` and fix replacement kept, in characters.
const CODE_CHARS: usize = 160;
const MESSAGE_CHARS: usize = 240;
/// The text summary's copy of a message is shorter still: the structured
/// result has the longer one.
const SUMMARY_MESSAGE_CHARS: usize = 140;
const LESSON_CHARS: usize = 200;
const REPLACEMENT_CHARS: usize = 300;

/// Turns findings into a capped list. `root`, when given, is stripped from
/// paths (files inside the working directory are shown relative to it).
pub fn brief_list(
    findings: &[Finding],
    rules: &[RuleInfo],
    root: Option<&Path>,
    cap: usize,
    hint: &str,
) -> FindingList {
    let by_id: HashMap<&str, &RuleInfo> = rules.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut by_severity: BTreeMap<String, usize> = BTreeMap::new();
    for f in findings {
        *by_severity.entry(f.severity.to_string()).or_default() += 1;
    }
    let mut order: Vec<&Finding> = findings.iter().collect();
    // Stable: equal severities keep the report's order (path, position, rule).
    order.sort_by_key(|f| std::cmp::Reverse(f.severity));
    let shown: Vec<FindingBrief> =
        order.iter().take(cap).map(|f| brief(f, by_id.get(f.rule_id.as_str()).copied(), root)).collect();
    let more = (findings.len() > shown.len())
        .then(|| format!("{} more finding(s) not shown; {hint}", findings.len() - shown.len()));
    FindingList { total: findings.len(), by_severity, findings: shown, more }
}

fn brief(f: &Finding, rule: Option<&RuleInfo>, root: Option<&Path>) -> FindingBrief {
    let path = root.map(|root| f.path.strip_prefix(root).unwrap_or(&f.path).display().to_string());
    let fix = f.fix.as_ref().map(|fix| FixBrief {
        description: truncate_chars(&fix.description, MESSAGE_CHARS),
        replacement: match fix.edits.as_slice() {
            [one] => Some(truncate_chars(&one.replacement, REPLACEMENT_CHARS)),
            _ => None,
        },
    });
    FindingBrief {
        rule: f.rule_id.clone(),
        severity: f.severity.to_string(),
        cwe: f.cwe.clone(),
        path,
        line: f.span.start.line,
        column: f.span.start.column,
        end_line: f.span.end.line,
        message: truncate_chars(f.message.trim(), MESSAGE_CHARS),
        code: truncate_chars(f.line_text.lines().next().unwrap_or("").trim(), CODE_CHARS),
        fix,
        lesson: rule.map(|r| lesson_line(r, LESSON_CHARS)).unwrap_or_default(),
    }
}

/// The text beside the structured result: a count line, then one line per
/// finding shown.
pub fn summary(list: &FindingList, what: &str) -> String {
    if list.total == 0 {
        return format!("No findings in {what}.");
    }
    let counts: Vec<String> = ["critical", "high", "medium", "low", "info"]
        .iter()
        .filter_map(|s| list.by_severity.get(*s).map(|n| format!("{n} {s}")))
        .collect();
    let mut out = format!("{} finding(s) in {what} ({}):", list.total, counts.join(", "));
    for f in &list.findings {
        let place = match &f.path {
            Some(p) => format!("{p}:{}", f.line),
            None => format!("line {}", f.line),
        };
        let cwe = if f.cwe.is_empty() { String::new() } else { format!(", {}", f.cwe.join(", ")) };
        let message = truncate_chars(&f.message, SUMMARY_MESSAGE_CHARS);
        out.push_str(&format!("\n- {place} {} [{}{cwe}]: {message}", f.rule, f.severity));
        if let Some(fix) = &f.fix {
            out.push_str(&format!(" Fix: {}", truncate_chars(&fix.description, SUMMARY_MESSAGE_CHARS)));
        }
    }
    if let Some(more) = &list.more {
        out.push_str(&format!("\n({more})"));
    }
    out
}

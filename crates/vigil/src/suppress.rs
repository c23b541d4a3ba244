//! Inline suppressions: a comment on the finding's line, or on the line
//! above, saying which rule is accepted there and why.
//!
//! ```text
//! os.system(cmd)  # vigil-ignore: python.os.system-injection cmd is a fixed constant
//! # nosemgrep: python.os.system-injection
//! ```
//!
//! `vigil-ignore` takes one or more rule ids (comma-separated, `*` for all)
//! followed by the reason. Semgrep's `nosemgrep` is honoured as it is, with
//! or without rule ids.

use std::sync::OnceLock;

use regex::Regex;

fn directive() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b(vigil-ignore|nosemgrep)\b(?::?\s*([A-Za-z0-9_.\-/*]+(?:\s*,\s*[A-Za-z0-9_.\-/*]+)*))?")
            .expect("the suppression regex is valid")
    })
}

/// A suppression comment found on a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// Rule ids; empty means every rule (`nosemgrep` alone).
    pub rules: Vec<String>,
    pub reason: String,
}

/// The suppression on one line of text, if any.
pub fn parse_line(line: &str) -> Option<Suppression> {
    let caps = directive().captures(line)?;
    let keyword = caps.get(1)?.as_str();
    let ids: Vec<String> = caps
        .get(2)
        .map(|m| m.as_str().split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect())
        .unwrap_or_default();
    let end = caps.get(0)?.end();
    let reason = line[end..].trim().trim_end_matches("*/").trim_end_matches("-->").trim().to_string();
    // `vigil-ignore` must name what it suppresses.
    if keyword == "vigil-ignore" && ids.is_empty() {
        return None;
    }
    Some(Suppression { rules: ids, reason })
}

/// Whether the directive on `line` stands on a line of its own (only a
/// comment marker before it), so that it speaks for the next line.
fn stands_alone(line: &str) -> bool {
    let Some(m) = directive().find(line) else { return false };
    line[..m.start()].trim().trim_start_matches(['#', '/', '*', '-', '<', '!', ';', '%', '\'']).trim().is_empty()
}

/// Whether `rule_id` is suppressed on the 0-based `line` of `lines`: by a
/// directive on that line, or by one alone on the line above. A directive
/// after code covers only its own line.
pub fn is_suppressed(lines: &[&str], line: usize, rule_id: &str) -> bool {
    let check = |l: &str| {
        parse_line(l).is_some_and(|s| {
            s.rules.is_empty()
                || s.rules
                    .iter()
                    .any(|r| r == "*" || r == rule_id || r.strip_suffix('*').is_some_and(|p| rule_id.starts_with(p)))
        })
    };
    lines.get(line).is_some_and(|l| check(l))
        || (line > 0 && lines.get(line - 1).is_some_and(|l| stands_alone(l) && check(l)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_parse() {
        assert_eq!(
            parse_line("x  # vigil-ignore: a.b, c.d fixed input"),
            Some(Suppression { rules: vec!["a.b".into(), "c.d".into()], reason: "fixed input".into() })
        );
        assert_eq!(parse_line("// nosemgrep"), Some(Suppression { rules: vec![], reason: String::new() }));
        assert_eq!(parse_line("/* nosemgrep: r1 */").unwrap().rules, vec!["r1"]);
        assert_eq!(parse_line("# vigil-ignore"), None);
        assert_eq!(parse_line("print('hello')"), None);
    }

    #[test]
    fn suppression_applies_to_its_line_and_the_next() {
        let lines = ["# vigil-ignore: r.one reviewed", "call()", "call()", "call()  # nosemgrep", "call()"];
        assert!(is_suppressed(&lines, 1, "r.one"));
        assert!(!is_suppressed(&lines, 1, "r.two"));
        assert!(!is_suppressed(&lines, 2, "r.one"));
        assert!(is_suppressed(&lines, 3, "anything"));
        assert!(!is_suppressed(&lines, 4, "anything"), "a trailing directive covers its own line only");
    }
}

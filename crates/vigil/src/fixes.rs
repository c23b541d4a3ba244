//! Applying fixes to a text, safely.
//!
//! Fixes are taken in a fixed order (by position, then rule id), so that the
//! outcome never depends on scan order. A fix that overlaps one already taken
//! is left out, and so is a fix after which the code parses worse than
//! before: a fix must never turn working code into broken code.

use vigil_core::{Finding, Language};
use vigil_input::code_blocks;

pub use vigil_core::FixOutcome;

/// Syntax errors of `text`: parsed as `language`, or, for a chat answer
/// (`None`), summed over its code blocks.
fn syntax_errors(text: &str, language: Option<Language>) -> usize {
    let count = |lang: Language, code: &str| match vigil_lang::parse_exact(lang, code) {
        Ok(parsed) => parsed.error_count(),
        Err(_) => 0,
    };
    match language {
        Some(Language::Generic) => 0,
        Some(lang) => count(lang, text),
        None => code_blocks(text).iter().filter_map(|b| b.language.map(|l| count(l, &b.text))).sum(),
    }
}

/// Applies the fixes of `findings` (all in the same text) to `text`, parsed
/// as `language` (`None` for a chat answer) to check each fix keeps it valid.
pub fn apply_fixes(text: &str, language: Option<Language>, findings: &[&Finding]) -> FixOutcome {
    vigil_core::apply_fixes(text, findings, &|t| syntax_errors(t, language))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;
    use vigil_core::Edit;

    fn finding(rule: &str, start: usize, end: usize, replacement: &str) -> Finding {
        let text = "x";
        let idx = vigil_core::LineIndex::new(text);
        Finding {
            rule_id: rule.into(),
            message: String::new(),
            severity: vigil_core::Severity::High,
            confidence: vigil_core::Confidence::High,
            cwe: vec![],
            owasp: vec![],
            path: Path::new("a.py").into(),
            language: Language::Python,
            span: vigil_core::Span { start_byte: start, end_byte: end, ..idx.span(text, 0, 0) },
            line_text: String::new(),
            matched_text: String::new(),
            fix: Some(vigil_core::Fix {
                description: String::new(),
                edits: vec![Edit { start_byte: start, end_byte: end, replacement: replacement.into() }],
            }),
            fingerprint: String::new(),
            flow: Vec::new(),
        }
    }

    #[test]
    fn non_overlapping_fixes_apply_and_overlaps_are_refused() {
        let text = "a = md5(x)\nb = md5(y)\n";
        let f1 = finding("r1", 4, 10, "sha256(x)");
        let f2 = finding("r2", 15, 21, "sha256(y)");
        let f3 = finding("r3", 4, 7, "sha1");
        let out = apply_fixes(text, Some(Language::Python), &[&f2, &f3, &f1]);
        assert_eq!(out.text, "a = sha256(x)\nb = sha256(y)\n");
        assert_eq!(out.applied.len(), 2);
        assert_eq!(out.rejected.len(), 1);
        assert!(out.rejected[0].2.contains("overlaps"), "{:?}", out.rejected);
    }

    #[test]
    fn a_fix_that_breaks_the_code_is_not_applied() {
        let text = "a = md5(x)\nb = 1\n";
        let good = finding("good", 4, 10, "sha256(x)");
        let bad = finding("bad", 15, 16, "(((");
        let out = apply_fixes(text, Some(Language::Python), &[&good, &bad]);
        assert_eq!(out.text, "a = sha256(x)\nb = 1\n");
        assert_eq!(out.applied, vec![("good".to_string(), 1)]);
        assert!(out.rejected[0].2.contains("would not parse"));
    }
}

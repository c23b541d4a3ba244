//! Scanning an answer and saying what was found: the review appended in
//! `annotate` mode, the notice that replaces withheld code in `block` mode,
//! the follow-up message of `revise` mode, and the summary for tools.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Serialize;
use vigil::{Finding, Scanner, Severity};
use vigil_input::markdown::code_blocks;

/// The name findings of an answer carry as their path.
pub const ANSWER_PATH: &str = "answer.md";

/// What the scanner found in one answer.
#[derive(Debug, Clone, Default)]
pub struct Review {
    pub findings: Vec<Finding>,
    /// Languages of the answer's code (fenced blocks, or the whole text when
    /// it is bare code), sorted, without repeats.
    pub languages: Vec<String>,
}

impl Review {
    /// Findings at or above `fail_on`: those that make block and revise act.
    pub fn blocking(&self, fail_on: Severity) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.severity >= fail_on)
    }

    pub fn is_clean(&self, fail_on: Severity) -> bool {
        self.blocking(fail_on).next().is_none()
    }

    pub fn has_code(&self) -> bool {
        !self.languages.is_empty()
    }
}

/// Scans a chat answer: its fenced code blocks, or the whole text when it has
/// none and its content looks like code.
pub fn review(scanner: &Scanner, text: &str) -> Review {
    let blocks = code_blocks(text);
    if blocks.iter().any(|b| b.language.is_some()) {
        let scan = scanner.scan_answer(text, Path::new(ANSWER_PATH));
        let languages: BTreeSet<String> =
            blocks.iter().filter_map(|b| b.language).map(|l| l.name().to_string()).collect();
        return Review { findings: scan.findings, languages: languages.into_iter().collect() };
    }
    if !blocks.is_empty() || vigil_input::markdown::looks_like_markdown(text) {
        return Review::default();
    }
    match vigil::Language::guess_from_content(text) {
        Some(lang) => {
            let scan = scanner.scan_code(text, lang, Path::new(ANSWER_PATH));
            Review { findings: scan.findings, languages: vec![lang.name().to_string()] }
        }
        None => Review::default(),
    }
}

/// One line per finding: rule, CWE, severity, line, message, fix and lesson.
fn finding_lines(findings: &[&Finding], scanner: &Scanner, out: &mut String) {
    for (i, f) in findings.iter().enumerate() {
        let cwe = if f.cwe.is_empty() { String::new() } else { format!(", {}", f.cwe.join(", ")) };
        out.push_str(&format!(
            "{}. **{}** (`{}`{}), line {}: {}\n",
            i + 1,
            f.severity,
            f.rule_id,
            cwe,
            f.span.start.line,
            f.message.trim()
        ));
        if let Some(fix) = &f.fix {
            out.push_str(&format!("   - Fix: {}\n", fix.description.trim()));
        }
        if let Some(lesson) = lesson_summary(scanner, &f.rule_id) {
            out.push_str(&format!("   - Why it matters: {lesson} (`vigil explain {}`)\n", f.rule_id));
        }
    }
}

/// The first sentence of the lesson's "What is wrong" section, else the
/// rule's one-line description.
pub fn lesson_summary(scanner: &Scanner, rule_id: &str) -> Option<String> {
    let info = scanner.rule_infos().iter().find(|r| r.id == rule_id)?;
    let from_lesson = info.help.split("## What is wrong").nth(1).and_then(|rest| {
        let para: String = rest.trim_start().split("\n\n").next()?.split_whitespace().collect::<Vec<_>>().join(" ");
        let end = para.find(". ").map(|i| i + 1).unwrap_or(para.len());
        let sentence = para[..end].trim().to_string();
        (!sentence.is_empty()).then_some(sentence)
    });
    from_lesson
        .or_else(|| (!info.short_description.trim().is_empty()).then(|| info.short_description.trim().to_string()))
}

/// The security review appended to an answer in `annotate` mode.
pub fn annotation(scanner: &Scanner, review: &Review) -> String {
    let mut out = String::from("\n\n---\n**Vigil security review**: ");
    if review.findings.is_empty() {
        out.push_str("no security findings in the code above.\n");
        return out;
    }
    let n = review.findings.len();
    out.push_str(&format!("{n} finding{} in the code above.\n\n", if n == 1 { "" } else { "s" }));
    finding_lines(&review.findings.iter().collect::<Vec<_>>(), scanner, &mut out);
    out
}

/// `text` with every fenced code block that holds a blocking finding
/// replaced by a notice, and an explanation of what to change at the end.
pub fn blocked_answer(scanner: &Scanner, text: &str, review: &Review, fail_on: Severity) -> String {
    let blocking: Vec<&Finding> = review.blocking(fail_on).collect();
    let blocks = code_blocks(text);
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut withheld = 0;
    if blocks.is_empty() {
        // Bare code: the whole answer is withheld.
        withheld = 1;
        out.push_str("*[Vigil withheld this code: it has security findings, listed below.]*\n");
        last = text.len();
    }
    for b in &blocks {
        let r = b.range.clone();
        if r.start < last || !blocking.iter().any(|f| f.span.start_byte >= r.start && f.span.start_byte < r.end) {
            continue;
        }
        out.push_str(&text[last..r.start]);
        out.push_str("*[Vigil withheld a code block here: it has security findings, listed below.]*\n");
        last = r.end;
        withheld += 1;
    }
    out.push_str(&text[last.min(text.len())..]);
    out.push_str(&format!(
        "\n\n---\n**Vigil blocked {withheld} code block{}** with {} security finding{}. Ask for a version that fixes these:\n\n",
        if withheld == 1 { "" } else { "s" },
        blocking.len(),
        if blocking.len() == 1 { "" } else { "s" }
    ));
    finding_lines(&blocking, scanner, &mut out);
    out
}

/// The follow-up message that asks the model to correct its answer.
pub fn revision_request(scanner: &Scanner, review: &Review, fail_on: Severity) -> String {
    let blocking: Vec<&Finding> = review.blocking(fail_on).collect();
    let mut out = String::from(
        "A security review of the code in your last answer found these problems (line numbers count from the start of your answer):\n\n",
    );
    finding_lines(&blocking, scanner, &mut out);
    out.push_str(
        "\nPlease answer again with a corrected version of the whole answer that fixes every one of them, keeping what was asked for. Do not mention this review.",
    );
    out
}

/// How an answer went through the guard, for the `vigil` extension field
/// and the closing note of a revised answer.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub policy: &'static str,
    /// `passed` (nothing to act on), `annotated`, `blocked`, `revised`
    /// (a later round came back clean), `best-effort` (revise ran out of rounds).
    pub action: &'static str,
    pub rounds: u32,
    pub clean: bool,
    pub secrets_redacted: usize,
    pub findings: Vec<FindingSummary>,
    /// Rules found in an earlier round and gone from the final answer.
    pub fixed: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FindingSummary {
    pub rule_id: String,
    pub severity: String,
    pub cwe: Vec<String>,
    pub line: u32,
    pub message: String,
}

impl FindingSummary {
    pub fn of(findings: &[Finding]) -> Vec<FindingSummary> {
        findings
            .iter()
            .map(|f| FindingSummary {
                rule_id: f.rule_id.clone(),
                severity: f.severity.to_string(),
                cwe: f.cwe.clone(),
                line: f.span.start.line,
                message: f.message.clone(),
            })
            .collect()
    }
}

/// The note closing a revised answer: what was found and what was fixed.
pub fn revision_note(scanner: &Scanner, first: &Review, last: &Review, rounds: u32, clean: bool) -> String {
    let found: BTreeSet<&str> = first.findings.iter().map(|f| f.rule_id.as_str()).collect();
    let still: BTreeSet<&str> = last.findings.iter().map(|f| f.rule_id.as_str()).collect();
    let fixed: Vec<&str> = found.difference(&still).copied().collect();
    let mut out = format!(
        "\n\n---\n**Vigil revised this answer** in {rounds} round{}: the first version had {} security finding{}",
        if rounds == 1 { "" } else { "s" },
        first.findings.len(),
        if first.findings.len() == 1 { "" } else { "s" }
    );
    if fixed.is_empty() {
        out.push_str(".\n");
    } else {
        out.push_str(&format!("; fixed: {}.\n", fixed.iter().map(|r| format!("`{r}`")).collect::<Vec<_>>().join(", ")));
    }
    if !clean || !last.findings.is_empty() {
        out.push_str("\nStill present in this version:\n\n");
        finding_lines(&last.findings.iter().collect::<Vec<_>>(), scanner, &mut out);
    }
    out
}

/// Rules found in `first` and absent from `last`.
pub fn fixed_rules(first: &Review, last: &Review) -> Vec<String> {
    let still: BTreeSet<&str> = last.findings.iter().map(|f| f.rule_id.as_str()).collect();
    let fixed: BTreeSet<&str> =
        first.findings.iter().map(|f| f.rule_id.as_str()).filter(|r| !still.contains(r)).collect();
    fixed.into_iter().map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const VULNERABLE: &str = "Here you go:\n\n```python\nimport yaml\ncfg = yaml.load(body)\n```\n\nAnd a clean one:\n\n```python\nprint('hi')\n```\n";

    #[test]
    fn answers_are_reviewed_by_their_code_blocks() {
        let scanner = Scanner::with_builtin_rules();
        let r = review(&scanner, VULNERABLE);
        assert_eq!(r.languages, vec!["python"]);
        assert!(r.findings.iter().any(|f| f.rule_id == "python.yaml.unsafe-load"), "{:?}", r.findings);
        assert!(!r.is_clean(Severity::Low));
        let prose = review(&scanner, "Use a parameterised query instead.");
        assert!(!prose.has_code() && prose.findings.is_empty());
    }

    #[test]
    fn blocking_withholds_only_the_vulnerable_block() {
        let scanner = Scanner::with_builtin_rules();
        let r = review(&scanner, VULNERABLE);
        let out = blocked_answer(&scanner, VULNERABLE, &r, Severity::Low);
        assert!(!out.contains("yaml.load(body)"), "{out}");
        assert!(out.contains("print('hi')") && out.contains("Here you go"), "{out}");
        assert!(out.contains("python.yaml.unsafe-load") && out.contains("Vigil blocked 1 code block"), "{out}");
    }

    #[test]
    fn the_annotation_lists_rule_cwe_and_lesson() {
        let scanner = Scanner::with_builtin_rules();
        let r = review(&scanner, VULNERABLE);
        let note = annotation(&scanner, &r);
        assert!(note.contains("python.yaml.unsafe-load") && note.contains("CWE-502"), "{note}");
        assert!(note.contains("Why it matters"), "{note}");
    }
}

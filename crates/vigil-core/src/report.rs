use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::{Confidence, Finding, Language, Severity};

/// Why an input was not analysed. Every skipped input is reported, never
/// silently dropped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum SkipReason {
    /// NUL bytes or mostly non-text bytes in the first block.
    Binary,
    /// Larger than the configured limit.
    TooLarge { size: u64, limit: u64 },
    /// Very long lines: a bundle or minified file that no human reviews.
    Minified,
    /// Marked as generated (`@generated`, `DO NOT EDIT`, ...).
    Generated,
    /// No language could be determined from name, shebang or content.
    UnknownLanguage,
    /// Reading failed (permissions, vanished, not a file, ...).
    Unreadable { error: String },
}

impl SkipReason {
    pub fn describe(&self) -> String {
        match self {
            SkipReason::Binary => "binary file".into(),
            SkipReason::TooLarge { size, limit } => {
                format!("{size} bytes exceeds the {limit}-byte limit (--max-file-size)")
            }
            SkipReason::Minified => "minified (average line length too long)".into(),
            SkipReason::Generated => "generated file".into(),
            SkipReason::UnknownLanguage => "language not recognised".into(),
            SkipReason::Unreadable { error } => format!("unreadable: {error}"),
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            SkipReason::Binary => "binary",
            SkipReason::TooLarge { .. } => "too-large",
            SkipReason::Minified => "minified",
            SkipReason::Generated => "generated",
            SkipReason::UnknownLanguage => "unknown-language",
            SkipReason::Unreadable { .. } => "unreadable",
        }
    }
}

/// An input that was not analysed, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skip {
    pub path: PathBuf,
    #[serde(flatten)]
    pub reason: SkipReason,
}

/// What outputs need to know about a rule: SARIF's `reportingDescriptor`,
/// `vigil rules`, `vigil explain`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleInfo {
    pub id: String,
    /// One line: what the rule finds.
    pub short_description: String,
    /// The rule's message template.
    pub message: String,
    /// The lesson, in Markdown: the flaw, how it is exploited, the secure
    /// version. Empty when the rule has none.
    pub help: String,
    pub severity: Severity,
    pub confidence: Confidence,
    pub cwe: Vec<String>,
    pub owasp: Vec<String>,
    pub languages: Vec<Language>,
    pub tags: Vec<String>,
    /// Where the rule came from: `builtin` or the file it was loaded from.
    pub source: String,
    pub references: Vec<String>,
}

/// Counts for the summary line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    pub files_scanned: usize,
    pub bytes_scanned: u64,
    pub rules_run: usize,
    /// Findings hidden by inline suppressions.
    pub suppressed: usize,
    /// Findings hidden because the baseline already had them.
    pub baselined: usize,
    pub elapsed_ms: u64,
}

/// Everything a scan produced, in deterministic order: findings sorted by
/// path, position and rule; skips by path; rules by id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub findings: Vec<Finding>,
    pub skipped: Vec<Skip>,
    /// Only the rules that produced findings, or all rules when outputs need
    /// the full catalogue (SARIF lists every rule that ran).
    pub rules: Vec<RuleInfo>,
    /// Problems that did not stop the scan (a rule that failed to load, a
    /// file that failed mid-way), shown to the user.
    pub warnings: Vec<String>,
    pub stats: Stats,
}

impl Report {
    /// Puts findings, skips and rules in their canonical order.
    pub fn sort(&mut self) {
        self.findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        self.findings.dedup_by(|a, b| a.sort_key() == b.sort_key());
        self.skipped.sort_by(|a, b| a.path.cmp(&b.path));
        self.rules.sort_by(|a, b| a.id.cmp(&b.id));
        self.rules.dedup_by(|a, b| a.id == b.id);
    }

    pub fn rule(&self, id: &str) -> Option<&RuleInfo> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// The highest severity among findings.
    pub fn max_severity(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }
}

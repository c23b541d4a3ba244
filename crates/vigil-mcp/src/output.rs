//! What the tools return: small JSON objects (the `structuredContent` of a
//! result, each with its schema) and the short text shown beside them.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One finding, trimmed to what an agent needs to act on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct FindingBrief {
    /// The rule id, e.g. `python.sqlalchemy.sql-injection`; `explain` tells more.
    pub rule: String,
    /// `critical`, `high`, `medium`, `low` or `info`.
    pub severity: String,
    /// CWE ids, e.g. `CWE-89`.
    pub cwe: Vec<String>,
    /// The file, relative to the server's working directory when inside it
    /// (`scan_files` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// 1-based line of the start of the flaw.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    pub end_line: u32,
    pub message: String,
    /// The code at that line (first line only, shortened; secrets masked).
    pub code: String,
    /// A fix the rule proposes, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix: Option<FixBrief>,
    /// The flaw in one sentence.
    pub lesson: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct FixBrief {
    pub description: String,
    /// The replacement text, when the fix is a single edit of the flagged code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replacement: Option<String>,
}

/// Findings with a cap: the most severe first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct FindingList {
    /// How many findings there are in all (shown or not).
    pub total: usize,
    /// Counts by severity, over all findings.
    pub by_severity: BTreeMap<String, usize>,
    /// The findings shown, most severe first, then by position.
    pub findings: Vec<FindingBrief>,
    /// Present when findings were left out: how many, and how to see them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub more: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ScanCodeResult {
    /// What was scanned: a language name (`python`), or `answer` for a chat
    /// answer whose fenced code blocks were scanned in their own languages.
    pub scanned_as: String,
    #[serde(flatten)]
    pub result: FindingList,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SkippedFile {
    pub path: String,
    /// Why: binary, too large, minified, generated, unknown language...
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ScanFilesResult {
    pub files_scanned: usize,
    pub bytes_scanned: u64,
    #[serde(flatten)]
    pub result: FindingList,
    /// Files not scanned (at most 20 listed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<SkippedFile>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skipped_more: Option<String>,
    /// Present when a limit (file count, total size, time) stopped the scan
    /// early: which limit, and how to narrow the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incomplete: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// The lesson of one rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Lesson {
    pub rule: String,
    pub title: String,
    pub severity: String,
    pub cwe: Vec<String>,
    pub languages: Vec<String>,
    /// What is wrong with the code.
    pub what_is_wrong: String,
    /// Why it matters: how the flaw is exploited.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub how_it_is_exploited: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub vulnerable_example: String,
    /// The secure version (Markdown, usually a code block).
    pub secure_version: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ExplainResult {
    /// The topic as understood: a rule id or a CWE id.
    pub topic: String,
    /// How many rules the topic names (after the language filter).
    pub total: usize,
    /// Full lessons, at most three.
    pub lessons: Vec<Lesson>,
    /// Ids of the other rules the topic names, for a follow-up `explain`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_rules: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub more: Option<String>,
}

/// One placeholder in the redacted text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PlaceholderBrief {
    /// `[[SECRET_1:aws-access-key-id]]`, `[[EMAIL_1]]`...
    pub placeholder: String,
    /// `SECRET`, `EMAIL`, `PHONE`, `CARD` or `IBAN`.
    pub category: String,
    /// The detector id (`aws-access-key-id`) or the kind of personal data.
    pub kind: String,
    /// How many times it occurs in this text.
    pub occurrences: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RedactResult {
    /// The text with each secret replaced by its placeholder; everything
    /// else is unchanged.
    pub redacted_text: String,
    /// How many values were replaced, counting repeats.
    pub redacted: usize,
    pub placeholders: Vec<PlaceholderBrief>,
}

//! Vigil's JSON output: a stable, versioned schema, documented field by field
//! in `docs/OUTPUT-FORMATS.md`.
//!
//! The schema is defined by the structs below rather than by serializing
//! `vigil-core` types, so that a change to the core model cannot silently
//! change what scripts and dashboards parse. A change that removes or renames
//! a field, or changes a field's meaning, must bump [`SCHEMA_VERSION`];
//! adding a field does not, so consumers should ignore fields they do not
//! know. The structs also implement `Deserialize`, for Rust consumers.

use std::io::{self, Write};

use serde::{Deserialize, Serialize};
use vigil_core::{Finding, Position, Report, Severity, Skip};

use crate::common::{code_lines, help_uri, slash_path, SeverityCounts};
use crate::RenderOptions;

/// The value of the top-level `version` field.
pub const SCHEMA_VERSION: &str = "1";

/// The whole document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsonReport {
    /// [`SCHEMA_VERSION`].
    pub version: String,
    pub tool: JsonTool,
    pub findings: Vec<JsonFinding>,
    pub skipped: Vec<JsonSkip>,
    pub warnings: Vec<String>,
    pub stats: JsonStats,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsonTool {
    /// Always `vigil`.
    pub name: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsonFinding {
    pub rule_id: String,
    pub message: String,
    /// `critical`, `high`, `medium`, `low` or `info`.
    pub severity: String,
    /// `high`, `medium` or `low`.
    pub confidence: String,
    /// `CWE-89` style identifiers.
    pub cwe: Vec<String>,
    pub owasp: Vec<String>,
    /// As the user named it, with forward slashes.
    pub path: String,
    pub language: String,
    pub start: JsonPosition,
    /// Just past the last character of the match.
    pub end: JsonPosition,
    /// The source lines the match covers, at most five, without line
    /// terminators; the first is line `start.line`. Empty when the scanner
    /// had no source text to show.
    pub lines: Vec<String>,
    pub matched_text: String,
    pub fix: Option<JsonFix>,
    pub fingerprint: String,
    /// A page about the rule, when it has one.
    pub help_uri: Option<String>,
    /// For taint findings: the data's path, source first, sink last. Empty
    /// for pattern findings.
    #[serde(default)]
    pub flow: Vec<JsonFlowStep>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsonFlowStep {
    pub start: JsonPosition,
    pub end: JsonPosition,
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsonPosition {
    /// 1-based.
    pub line: u32,
    /// 1-based, in Unicode code points.
    pub column: u32,
    /// 0-based byte offset in the scanned text.
    pub byte: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsonFix {
    pub description: String,
    pub edits: Vec<JsonEdit>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsonEdit {
    pub start_byte: usize,
    pub end_byte: usize,
    pub replacement: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsonSkip {
    pub path: String,
    /// A stable keyword: `binary`, `too-large`, `minified`, `generated`,
    /// `unknown-language` or `unreadable`.
    pub reason: String,
    /// The reason in words, for people.
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsonStats {
    pub files_scanned: usize,
    pub bytes_scanned: u64,
    pub rules_run: usize,
    /// The number of entries in `findings`.
    pub findings: usize,
    pub by_severity: JsonSeverityCounts,
    /// The number of entries in `skipped`.
    pub skipped: usize,
    pub suppressed: usize,
    pub baselined: usize,
    pub elapsed_ms: u64,
}

/// Findings per severity; every key is always present.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsonSeverityCounts {
    pub critical: usize,
    pub high: usize,
    pub medium: usize,
    pub low: usize,
    pub info: usize,
}

impl JsonReport {
    /// The document for `report`.
    pub fn new(report: &Report, options: &RenderOptions) -> Self {
        let counts = SeverityCounts::of(report);
        let stats = &report.stats;
        JsonReport {
            version: SCHEMA_VERSION.to_string(),
            tool: JsonTool { name: "vigil".into(), version: options.tool_version.clone() },
            findings: report.findings.iter().map(|f| finding(report, f)).collect(),
            skipped: report.skipped.iter().map(skip).collect(),
            warnings: report.warnings.clone(),
            stats: JsonStats {
                files_scanned: stats.files_scanned,
                bytes_scanned: stats.bytes_scanned,
                rules_run: stats.rules_run,
                findings: report.findings.len(),
                by_severity: JsonSeverityCounts {
                    critical: counts.get(Severity::Critical),
                    high: counts.get(Severity::High),
                    medium: counts.get(Severity::Medium),
                    low: counts.get(Severity::Low),
                    info: counts.get(Severity::Info),
                },
                skipped: report.skipped.len(),
                suppressed: stats.suppressed,
                baselined: stats.baselined,
                elapsed_ms: stats.elapsed_ms,
            },
        }
    }
}

fn finding(report: &Report, f: &Finding) -> JsonFinding {
    let position = |p: Position, byte: usize| JsonPosition { line: p.line, column: p.column, byte };
    JsonFinding {
        rule_id: f.rule_id.clone(),
        message: f.message.clone(),
        severity: f.severity.as_str().into(),
        confidence: f.confidence.as_str().into(),
        cwe: f.cwe.clone(),
        owasp: f.owasp.clone(),
        path: slash_path(&f.path),
        language: f.language.name().into(),
        start: position(f.span.start, f.span.start_byte),
        end: position(f.span.end, f.span.end_byte),
        lines: code_lines(&f.line_text).into_iter().map(str::to_string).collect(),
        matched_text: f.matched_text.clone(),
        fix: f.fix.as_ref().map(|fix| JsonFix {
            description: fix.description.clone(),
            edits: fix
                .edits
                .iter()
                .map(|e| JsonEdit {
                    start_byte: e.start_byte,
                    end_byte: e.end_byte,
                    replacement: e.replacement.clone(),
                })
                .collect(),
        }),
        fingerprint: f.fingerprint.clone(),
        help_uri: help_uri(report, &f.rule_id).map(str::to_string),
        flow: f
            .flow
            .iter()
            .map(|s| JsonFlowStep {
                start: position(s.span.start, s.span.start_byte),
                end: position(s.span.end, s.span.end_byte),
                note: s.note.clone(),
            })
            .collect(),
    }
}

fn skip(s: &Skip) -> JsonSkip {
    JsonSkip { path: slash_path(&s.path), reason: s.reason.kind().into(), description: s.reason.describe() }
}

/// Writes the JSON format: pretty-printed, one trailing newline.
pub fn render(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &JsonReport::new(report, options))?;
    writeln!(out)
}

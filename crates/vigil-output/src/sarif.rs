//! SARIF 2.1.0, shaped for GitHub code scanning.
//!
//! One run; `tool.driver.rules` has one `reportingDescriptor` per rule of the
//! report (plus a minimal one for any finding whose rule the report does not
//! describe, so every result has a rule to carry its `security-severity`);
//! one result per finding; skipped files and warnings are tool execution
//! notifications of the single invocation.
//!
//! Positions: Vigil's columns count Unicode code points, so the run declares
//! `columnKind: unicodeCodePoints` and regions use `startLine`/`startColumn`/
//! `endLine`/`endColumn`. `charOffset` is not emitted: it would count
//! characters from the start of the file, which a finding does not carry.
//! Fixes use `byteOffset`/`byteLength`, which are exact.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;
use vigil_core::{Confidence, Finding, Report, RuleInfo, Skip};

use crate::common::{code_lines, cwe_number, first_sentence, fix_description, help_uri, slash_path};
use crate::RenderOptions;

/// The schema URI written in `$schema`.
pub const SARIF_SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The key of Vigil's fingerprint in `partialFingerprints`. Versioned so the
/// fingerprint algorithm can change without code scanning matching old
/// alerts to unrelated new ones.
pub const FINGERPRINT_KEY: &str = "vigilFingerprint/v1";

/// Writes the SARIF format: pretty-printed, one trailing newline.
pub fn render(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &log(report, options))?;
    writeln!(out)
}

fn log<'a>(report: &'a Report, options: &'a RenderOptions) -> Log<'a> {
    // Rule ids must be unique in `rules`; the first description of an id wins.
    let mut rules: Vec<Descriptor> = Vec::new();
    let mut index: BTreeMap<&str, usize> = BTreeMap::new();
    for rule in &report.rules {
        if !index.contains_key(rule.id.as_str()) {
            index.insert(&rule.id, rules.len());
            rules.push(descriptor(rule, help_uri(report, &rule.id)));
        }
    }
    for f in &report.findings {
        if !index.contains_key(f.rule_id.as_str()) {
            index.insert(&f.rule_id, rules.len());
            rules.push(descriptor_from_finding(f));
        }
    }

    let results = report.findings.iter().map(|f| result(f, index.get(f.rule_id.as_str()).copied())).collect();

    let mut notifications: Vec<Notification> = report.skipped.iter().map(skip_notification).collect();
    notifications.extend(report.warnings.iter().map(|w| Notification {
        level: "warning",
        message: Message::new(w.clone()),
        locations: Vec::new(),
        properties: None,
    }));

    Log {
        schema: SARIF_SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "vigil",
                    version: &options.tool_version,
                    information_uri: env!("CARGO_PKG_REPOSITORY"),
                    rules,
                },
            },
            invocations: vec![Invocation { execution_successful: true, tool_execution_notifications: notifications }],
            results,
            column_kind: "unicodeCodePoints",
        }],
    }
}

fn descriptor<'a>(rule: &'a RuleInfo, help_uri: Option<&'a str>) -> Descriptor<'a> {
    let short = non_empty(&rule.short_description).unwrap_or(&rule.id);
    let full = non_empty(&rule.message).unwrap_or(short);
    // GitHub shows `help` as the rule's documentation; without a lesson the
    // message is the best explanation there is.
    let help = non_empty(&rule.help).unwrap_or(full);
    Descriptor {
        id: &rule.id,
        name: &rule.id,
        short_description: Message::new(short.to_string()),
        full_description: Message::new(full.to_string()),
        help: MultiformatMessage { text: help.to_string(), markdown: help.to_string() },
        help_uri,
        default_configuration: Configuration { level: rule.severity.sarif_level() },
        properties: RuleProperties {
            tags: tags(&rule.cwe, &rule.owasp, &rule.tags),
            security_severity: rule.severity.security_severity(),
            precision: precision(rule.confidence),
        },
    }
}

/// A descriptor for a finding whose rule is missing from `report.rules`.
fn descriptor_from_finding(f: &Finding) -> Descriptor<'_> {
    let full = non_empty(&f.message).unwrap_or(&f.rule_id);
    let short = non_empty(first_sentence(full)).unwrap_or(&f.rule_id);
    Descriptor {
        id: &f.rule_id,
        name: &f.rule_id,
        short_description: Message::new(short.to_string()),
        full_description: Message::new(full.to_string()),
        help: MultiformatMessage { text: full.to_string(), markdown: full.to_string() },
        help_uri: None,
        default_configuration: Configuration { level: f.severity.sarif_level() },
        properties: RuleProperties {
            tags: tags(&f.cwe, &f.owasp, &[]),
            security_severity: f.severity.security_severity(),
            precision: precision(f.confidence),
        },
    }
}

/// `security` first (GitHub only reads `security-severity` on rules tagged
/// so), then `external/cwe/cwe-89` style CWE tags, OWASP categories and the
/// rule's own tags; duplicates dropped, because the schema requires unique tags.
fn tags(cwe: &[String], owasp: &[String], extra: &[String]) -> Vec<String> {
    let mut tags = vec!["security".to_string()];
    let candidates = cwe
        .iter()
        .filter_map(|c| cwe_number(c).map(|n| format!("external/cwe/cwe-{n}")))
        .chain(owasp.iter().cloned())
        .chain(extra.iter().cloned());
    for tag in candidates {
        if !tag.is_empty() && !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    tags
}

fn precision(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::High => "high",
        Confidence::Medium => "medium",
        Confidence::Low => "low",
    }
}

fn result(f: &Finding, rule_index: Option<usize>) -> SarifResult<'_> {
    let uri = artifact_uri(&f.path);
    let fixes = f
        .fix
        .iter()
        // `artifactChanges` and `replacements` must not be empty.
        .filter(|fix| !fix.edits.is_empty())
        .map(|fix| SarifFix {
            description: Message::new(fix_description(fix).to_string()),
            artifact_changes: vec![ArtifactChange {
                artifact_location: ArtifactLocation { uri: uri.clone() },
                replacements: fix
                    .edits
                    .iter()
                    .map(|e| Replacement {
                        deleted_region: Region {
                            byte_offset: Some(e.start_byte),
                            byte_length: Some(e.end_byte.saturating_sub(e.start_byte)),
                            ..Region::default()
                        },
                        inserted_content: (!e.replacement.is_empty())
                            .then(|| ArtifactContent { text: e.replacement.clone() }),
                    })
                    .collect(),
            }],
        })
        .collect();

    let region = region(f);
    let context_region = context_region(f, &region);
    SarifResult {
        rule_id: &f.rule_id,
        rule_index,
        level: f.severity.sarif_level(),
        message: Message::new(non_empty(&f.message).unwrap_or(&f.rule_id).to_string()),
        locations: vec![Location {
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation { uri },
                region: Some(region),
                context_region,
            },
        }],
        partial_fingerprints: BTreeMap::from([(FINGERPRINT_KEY, f.fingerprint.clone())]),
        fixes,
        code_flows: code_flows(f),
    }
}

/// A taint finding's path as one SARIF code flow with one thread flow.
fn code_flows(f: &Finding) -> Vec<CodeFlow> {
    if f.flow.is_empty() {
        return Vec::new();
    }
    let uri = artifact_uri(&f.path);
    let locations = f
        .flow
        .iter()
        .map(|step| {
            let start = (step.span.start.line.max(1), step.span.start.column.max(1));
            let end = (step.span.end.line.max(1), step.span.end.column.max(1)).max(start);
            ThreadFlowLocation {
                location: FlowLocation {
                    physical_location: PhysicalLocation {
                        artifact_location: ArtifactLocation { uri: uri.clone() },
                        region: Some(Region {
                            start_line: Some(start.0),
                            start_column: Some(start.1),
                            end_line: Some(end.0),
                            end_column: Some(end.1),
                            ..Region::default()
                        }),
                        context_region: None,
                    },
                    message: Message::new(step.note.clone()),
                },
            }
        })
        .collect();
    vec![CodeFlow { thread_flows: vec![ThreadFlow { locations }] }]
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CodeFlow {
    thread_flows: Vec<ThreadFlow>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ThreadFlow {
    locations: Vec<ThreadFlowLocation>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ThreadFlowLocation {
    location: FlowLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct FlowLocation {
    physical_location: PhysicalLocation,
    message: Message,
}

/// The finding's region, made valid whatever the span says: lines and
/// columns are at least 1 and the end is not before the start.
fn region(f: &Finding) -> Region {
    let start = (f.span.start.line.max(1), f.span.start.column.max(1));
    let end = (f.span.end.line.max(1), f.span.end.column.max(1)).max(start);
    // `matched_text` is capped in length; a capped one is not the region's
    // text, and a wrong snippet is worse than none.
    let complete = f.matched_text.len() == f.span.end_byte.saturating_sub(f.span.start_byte);
    Region {
        start_line: Some(start.0),
        start_column: Some(start.1),
        end_line: Some(end.0),
        end_column: Some(end.1),
        snippet: complete.then(|| ArtifactContent { text: f.matched_text.clone() }),
        ..Region::default()
    }
}

/// The whole lines around the match, which code scanning shows as context.
/// Left out when the lines do not cover the region (a match longer than the
/// five lines a finding carries), since a context region must contain it.
fn context_region(f: &Finding, region: &Region) -> Option<Region> {
    let lines = code_lines(&f.line_text);
    let start_line = region.start_line?;
    let end_line = start_line.saturating_add(u32::try_from(lines.len()).ok()?.checked_sub(1)?);
    if region.end_line? > end_line {
        return None;
    }
    Some(Region {
        start_line: Some(start_line),
        end_line: Some(end_line),
        snippet: Some(ArtifactContent { text: lines.join("\n") }),
        ..Region::default()
    })
}

fn skip_notification(skip: &Skip) -> Notification {
    Notification {
        level: "note",
        message: Message::new(format!("skipped: {}", skip.reason.describe())),
        locations: vec![Location {
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation { uri: artifact_uri(&skip.path) },
                region: None,
                context_region: None,
            },
        }],
        properties: Some(NotificationProperties { skip_reason: skip.reason.kind() }),
    }
}

/// A path as a URI reference: relative paths stay relative (code scanning
/// resolves them against the repository root), absolute ones become `file:`
/// URIs. Characters outside RFC 3986's path characters, non-ASCII ones
/// included, are percent-encoded as UTF-8, and so is `:`, which in a relative
/// reference's first segment would read as a scheme.
pub fn artifact_uri(path: &Path) -> String {
    let slashed = slash_path(path);
    let mut p = slashed.as_str();
    while let Some(rest) = p.strip_prefix("./") {
        p = rest;
    }
    let b = p.as_bytes();
    if b.len() >= 3 && b[0].is_ascii_alphabetic() && b[1] == b':' && b[2] == b'/' {
        // `C:/src/app.py` -> `file:///C:/src/app.py`
        format!("file:///{}{}", &p[..2], percent_encode(&p[2..]))
    } else if p.starts_with('/') {
        format!("file://{}", percent_encode(p))
    } else {
        percent_encode(p)
    }
}

fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        let keep = b.is_ascii_alphanumeric()
            || matches!(
                b,
                b'/' | b'-'
                    | b'.'
                    | b'_'
                    | b'~'
                    | b'!'
                    | b'$'
                    | b'&'
                    | b'\''
                    | b'('
                    | b')'
                    | b'*'
                    | b'+'
                    | b','
                    | b';'
                    | b'='
                    | b'@'
            );
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn non_empty(s: &str) -> Option<&str> {
    let s = s.trim();
    (!s.is_empty()).then_some(s)
}

// The subset of the SARIF object model Vigil writes. Field order is the
// serialization order, kept close to the specification's for readability.

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    invocations: Vec<Invocation>,
    results: Vec<SarifResult<'a>>,
    column_kind: &'static str,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'static str,
    version: &'a str,
    information_uri: &'static str,
    rules: Vec<Descriptor<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Descriptor<'a> {
    id: &'a str,
    name: &'a str,
    short_description: Message,
    full_description: Message,
    help: MultiformatMessage,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<&'a str>,
    default_configuration: Configuration,
    properties: RuleProperties,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct RuleProperties {
    tags: Vec<String>,
    #[serde(rename = "security-severity")]
    security_severity: &'static str,
    precision: &'static str,
}

#[derive(Serialize)]
struct Message {
    text: String,
}

impl Message {
    fn new(text: String) -> Self {
        Message { text }
    }
}

#[derive(Serialize)]
struct MultiformatMessage {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Message,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<NotificationProperties>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct NotificationProperties {
    skip_reason: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: Message,
    locations: Vec<Location>,
    partial_fingerprints: BTreeMap<&'static str, String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<SarifFix>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    code_flows: Vec<CodeFlow>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
    #[serde(skip_serializing_if = "Option::is_none")]
    context_region: Option<Region>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize, Default)]
#[serde(rename_all = "camelCase")]
struct Region {
    #[serde(skip_serializing_if = "Option::is_none")]
    start_line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_column: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    byte_offset: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    byte_length: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<ArtifactContent>,
}

#[derive(Serialize)]
struct ArtifactContent {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifFix {
    description: Message,
    artifact_changes: Vec<ArtifactChange>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange {
    artifact_location: ArtifactLocation,
    replacements: Vec<Replacement>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement {
    deleted_region: Region,
    #[serde(skip_serializing_if = "Option::is_none")]
    inserted_content: Option<ArtifactContent>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(artifact_uri(Path::new("app/config.py")), "app/config.py");
        assert_eq!(artifact_uri(Path::new("./a b/c#1.py")), "a%20b/c%231.py");
        assert_eq!(artifact_uri(Path::new("src/café/名.py")), "src/caf%C3%A9/%E5%90%8D.py");
        assert_eq!(artifact_uri(Path::new("a:b.py")), "a%3Ab.py");
        assert_eq!(artifact_uri(Path::new("100%.py")), "100%25.py");
        assert_eq!(artifact_uri(Path::new("/home/u/x.py")), "file:///home/u/x.py");
        assert_eq!(artifact_uri(Path::new("C:\\src\\x.py")), "file:///C:/src/x.py");
        assert_eq!(artifact_uri(Path::new("<stdin>")), "%3Cstdin%3E");
    }

    #[test]
    fn tags_are_unique_and_security_first() {
        let t = tags(
            &["CWE-89".into(), "cwe-89: SQL".into(), "nonsense".into()],
            &["A03:2021 - Injection".into()],
            &["security".into(), "sql".into()],
        );
        assert_eq!(t, vec!["security", "external/cwe/cwe-89", "A03:2021 - Injection", "sql"]);
    }
}

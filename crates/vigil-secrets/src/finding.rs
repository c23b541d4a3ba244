//! Secrets as Vigil findings, so they flow through the same outputs,
//! suppressions and baselines as code findings.

use std::path::Path;

use vigil_core::{Finding, Language, LineIndex, RuleInfo};

use crate::detector::Detector;
use crate::mask::mask_in_place;
use crate::scan::{SecretMatch, SecretScanner};

/// The CWE of every secret finding: use of hard-coded credentials.
pub const CWE: &str = "CWE-798";
/// OWASP Top 10 (2021) category of every secret finding.
pub const OWASP: &str = "A07:2021 - Identification and Authentication Failures";

impl SecretScanner {
    /// Scans `text` and returns Vigil findings. `path` and `language` are
    /// copied into each finding (`Language::Generic` for config and prose).
    /// Neither `matched_text` nor `line_text` contains the secret: both are
    /// masked, the latter character for character so code frames keep their
    /// columns. Fingerprints are left empty for the caller's
    /// `assign_fingerprints` (which hashes the masked text).
    pub fn findings(&self, text: &str, path: &Path, language: Language) -> Vec<Finding> {
        let matches = self.scan(text);
        to_findings(text, &matches, path, language)
    }
}

/// Turns matches of `text` into findings (see [`SecretScanner::findings`]).
pub fn to_findings(text: &str, matches: &[SecretMatch], path: &Path, language: Language) -> Vec<Finding> {
    if matches.is_empty() {
        return Vec::new();
    }
    let index = LineIndex::new(text);
    matches
        .iter()
        .map(|m| {
            let span = index.span(text, m.start, m.end);
            let first = index.line_of(m.start);
            let last = index.line_of(m.end.saturating_sub(1).max(m.start)).min(first + 4);
            let from = index.line_range(text, first).start;
            let to = index.line_range(text, last).end.max(from);
            Finding {
                rule_id: m.rule_id(),
                message: message(m),
                severity: m.severity,
                confidence: m.confidence,
                cwe: vec![CWE.to_string()],
                owasp: vec![OWASP.to_string()],
                path: path.to_path_buf(),
                language,
                span,
                line_text: masked_text(text, from, to, matches),
                matched_text: m.masked.clone(),
                fix: None,
                fingerprint: String::new(),
                flow: Vec::new(),
            }
        })
        .collect()
}

/// `text[from..to]` with every secret that overlaps it masked in place.
pub fn masked_text(text: &str, from: usize, to: usize, matches: &[SecretMatch]) -> String {
    let mut out = String::with_capacity(to - from);
    let mut at = from;
    for m in matches.iter().filter(|m| m.start < to && m.end > from) {
        let s = m.start.max(from);
        let e = m.end.min(to);
        if s < at {
            continue;
        }
        out.push_str(&text[at..s]);
        let masked = mask_in_place(&text[m.start..m.end], m.known_prefix);
        // The part of the masked secret that falls inside [from, to).
        let skip = text[m.start..s].chars().count();
        let take = text[s..e].chars().count();
        out.extend(masked.chars().skip(skip).take(take));
        at = e;
    }
    out.push_str(&text[at..to]);
    out
}

fn message(m: &SecretMatch) -> String {
    format!(
        "{} hard-coded here ({}). Anyone who can read this text can use it: remove it, revoke or rotate it at the provider, \
         and load it at run time from the environment or a secret manager.",
        m.name, m.masked
    )
}

/// What outputs need to know about one detector as a rule.
pub fn rule_info(d: &Detector) -> RuleInfo {
    RuleInfo {
        id: d.rule_id(),
        short_description: format!("{} in code, configuration or text", d.name),
        message: format!("{} hard-coded here", d.name),
        help: lesson(d),
        severity: d.severity,
        confidence: d.confidence,
        cwe: vec![CWE.to_string()],
        owasp: vec![OWASP.to_string()],
        languages: Vec::new(),
        tags: vec!["secrets".to_string(), d.family.as_str().to_string()],
        source: "builtin".to_string(),
        references: if d.reference.is_empty() { Vec::new() } else { vec![d.reference.to_string()] },
    }
}

/// Rule descriptions of every built-in detector, sorted by id.
pub fn rule_infos() -> Vec<RuleInfo> {
    let mut v: Vec<RuleInfo> = crate::detectors().iter().map(rule_info).collect();
    v.sort_by(|a, b| a.id.cmp(&b.id));
    v
}

fn lesson(d: &Detector) -> String {
    format!(
        "## {name}\n\n\
         A credential written into source code, configuration, a notebook or a chat answer is readable by everyone \
         who can read that text: collaborators, CI logs, forks, package registries, the model provider a prompt is \
         sent to, and anyone who later obtains a copy of the repository history. Automated scanners harvest public \
         repositories for keys within minutes of a push.\n\n\
         **What to do now:** revoke or rotate the {name} at the provider (deleting the line is not enough: it stays in \
         history), then check the provider's logs for use you did not make.\n\n\
         **The secure version:** read the value at run time.\n\n\
         ```python\n# vulnerable\nAPI_KEY = \"<the literal key>\"\n\n# secure\nimport os\nAPI_KEY = os.environ[\"API_KEY\"]\n```\n\n\
         ```javascript\n// secure\nconst apiKey = process.env.API_KEY;\n```\n\n\
         Keep local values in an untracked `.env` file (listed in `.gitignore`) or a secret manager; in CI use the \
         platform's secret store. If the value is a documented example or a test fixture, mark the line with \
         `vigil-ignore: {id} <reason>`.\n",
        name = d.name,
        id = d.rule_id(),
    )
}

//! Helpers shared by several formats. Everything here is total: malformed
//! spans and texts give `None` or a clamped value, never a panic.

use std::path::Path;

use vigil_core::{Edit, Finding, Fix, Report, Severity};

/// `Finding::line_text` holds at most this many lines; code frames never show more.
pub(crate) const MAX_FRAME_LINES: usize = 5;

/// A path with forward slashes, the same normalisation fingerprints use, so
/// output is identical on Windows and Unix and matches repository paths.
pub(crate) fn slash_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// The lines of a finding's `line_text`, without line terminators, capped at
/// [`MAX_FRAME_LINES`]. Empty text has no lines (rather than one empty line):
/// it means the producer had no source to show.
pub(crate) fn code_lines(line_text: &str) -> Vec<&str> {
    if line_text.is_empty() {
        return Vec::new();
    }
    line_text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).take(MAX_FRAME_LINES).collect()
}

/// Findings per severity, most severe first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct SeverityCounts {
    /// Indexed like `Severity::ALL` (info first).
    counts: [usize; 5],
}

impl SeverityCounts {
    pub(crate) fn of(report: &Report) -> Self {
        let mut counts = SeverityCounts::default();
        for f in &report.findings {
            counts.counts[severity_index(f.severity)] += 1;
        }
        counts
    }

    pub(crate) fn get(&self, severity: Severity) -> usize {
        self.counts[severity_index(severity)]
    }

    /// `(severity, count)` from critical down to info, zeros included.
    pub(crate) fn most_severe_first(&self) -> impl Iterator<Item = (Severity, usize)> + '_ {
        Severity::ALL.iter().rev().map(|&s| (s, self.get(s)))
    }
}

fn severity_index(severity: Severity) -> usize {
    match severity {
        Severity::Info => 0,
        Severity::Low => 1,
        Severity::Medium => 2,
        Severity::High => 3,
        Severity::Critical => 4,
    }
}

/// `1 finding` / `3 findings`.
pub(crate) fn count_noun(n: usize, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

/// The first sentence of the first line of a message, for table cells.
pub(crate) fn first_sentence(message: &str) -> &str {
    let line = message.trim().lines().next().unwrap_or("").trim();
    // A sentence ends at `.`, `!` or `?` followed by whitespace; `yaml.load`
    // or `1.5` do not end one.
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if matches!(b, b'.' | b'!' | b'?') && bytes.get(i + 1).is_some_and(|c| c.is_ascii_whitespace()) {
            return &line[..=i];
        }
    }
    line
}

/// The number in `CWE-89` (also `cwe-89`, `CWE-89: SQL Injection`, as Semgrep
/// rules write it).
pub(crate) fn cwe_number(cwe: &str) -> Option<u32> {
    let cwe = cwe.trim();
    let rest = cwe.get(..4).filter(|p| p.eq_ignore_ascii_case("cwe-")).and(cwe.get(4..))?;
    let digits: &str = &rest[..rest.bytes().take_while(u8::is_ascii_digit).count()];
    digits.parse().ok()
}

/// MITRE's page for a CWE identifier.
pub(crate) fn cwe_url(cwe: &str) -> Option<String> {
    cwe_number(cwe).map(|n| format!("https://cwe.mitre.org/data/definitions/{n}.html"))
}

/// A web page about the rule: the first http(s) reference of its
/// description, if the report carries one.
pub(crate) fn help_uri<'r>(report: &'r Report, rule_id: &str) -> Option<&'r str> {
    report
        .rule(rule_id)?
        .references
        .iter()
        .map(|r| r.trim())
        .find(|r| r.starts_with("https://") || r.starts_with("http://"))
}

/// What a fix does, in one line; fixes are not required to say.
pub(crate) fn fix_description(fix: &Fix) -> &str {
    match fix.description.trim().lines().next() {
        Some(line) if !line.trim().is_empty() => line.trim(),
        _ => "Apply the suggested edit",
    }
}

/// The lines a fix changes, as they read before and after, cut to the part
/// that differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FixPreview {
    /// 1-based line number of the first changed line.
    pub(crate) first_line: u32,
    pub(crate) removed: Vec<String>,
    pub(crate) added: Vec<String>,
}

/// Applies a finding's fix to its `line_text` to show what the fixed code
/// looks like. `None` when there is no fix, when an edit reaches outside the
/// lines the finding carries (an import added at the top of the file, say),
/// or when the span and the lines disagree; outputs then show only the fix's
/// description, which is always right.
pub(crate) fn fix_preview(finding: &Finding) -> Option<FixPreview> {
    let fix = finding.fix.as_ref()?;
    if fix.edits.is_empty() || finding.line_text.is_empty() {
        return None;
    }
    let text = &finding.line_text;
    let first_line = text.split('\n').next().unwrap_or("");
    // Byte offset, within the first line, of the span's start column.
    let col = usize::try_from(finding.span.start.column.max(1) - 1).ok()?;
    let prefix = match first_line.char_indices().nth(col) {
        Some((i, _)) => i,
        None if first_line.chars().count() == col => first_line.len(),
        None => return None,
    };
    let line_start = finding.span.start_byte.checked_sub(prefix)?;
    // Cross-check that the lines really start where we think: the matched
    // text must begin at the span's start. Only a short prefix is compared,
    // because `matched_text` may be capped.
    let probe: String = finding.matched_text.chars().take(8).collect();
    if !text.get(prefix..)?.starts_with(&probe) {
        return None;
    }
    let edits = fix
        .edits
        .iter()
        .map(|e| {
            let start = e.start_byte.checked_sub(line_start)?;
            let end = e.end_byte.checked_sub(line_start)?;
            (start <= end && end <= text.len()).then(|| Edit {
                start_byte: start,
                end_byte: end,
                replacement: e.replacement.clone(),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    // `Fix::apply` refuses overlapping edits and edits off char boundaries.
    let fixed = Fix { description: String::new(), edits }.apply(text)?;

    let split =
        |s: &str| -> Vec<String> { s.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l).to_string()).collect() };
    let old = split(text);
    let new = split(&fixed);
    let common_prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let max_suffix = old.len().min(new.len()) - common_prefix;
    let common_suffix = old.iter().rev().zip(new.iter().rev()).take(max_suffix).take_while(|(a, b)| a == b).count();
    let removed = old[common_prefix..old.len() - common_suffix].to_vec();
    let added = new[common_prefix..new.len() - common_suffix].to_vec();
    if removed.is_empty() && added.is_empty() {
        return None;
    }
    let first_line = finding.span.start.line.max(1).saturating_add(u32::try_from(common_prefix).unwrap_or(u32::MAX));
    Some(FixPreview { first_line, removed, added })
}

/// Replaces a character that could act on a terminal, or reorder what a
/// reader sees, with a visible single-cell stand-in, so column layout is
/// unchanged. Scanned files are untrusted: they can hold escape sequences
/// or Trojan Source bidi controls.
pub(crate) fn clean_char(c: char) -> char {
    match c {
        // C0 controls (ESC, CR, BEL, ...) as their Control Pictures: ␛ ␍ ␇.
        '\0'..='\x1f' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\x7f' => '\u{2421}',
        // C1 controls (CSI is U+009B) and bidi embeddings, overrides and
        // isolates, which reorder what is displayed (CVE-2021-42574).
        '\u{80}'..='\u{9f}'
        | '\u{61c}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}' => '\u{fffd}',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;
    use vigil_core::{Confidence, Language, Position, Span};

    fn finding(line_text: &str, start_byte: usize, col: u32, matched: &str, fix: Option<Fix>) -> Finding {
        Finding {
            rule_id: "r".into(),
            message: "m".into(),
            severity: Severity::High,
            confidence: Confidence::High,
            cwe: vec![],
            owasp: vec![],
            path: PathBuf::from("a.py"),
            language: Language::Python,
            span: Span {
                start_byte,
                end_byte: start_byte + matched.len(),
                start: Position { line: 3, column: col },
                end: Position { line: 3, column: col + matched.chars().count() as u32 },
            },
            line_text: line_text.into(),
            matched_text: matched.into(),
            fix,
            fingerprint: String::new(),
            flow: Vec::new(),
        }
    }

    fn fix(start: usize, end: usize, replacement: &str) -> Option<Fix> {
        Some(Fix {
            description: "d".into(),
            edits: vec![Edit { start_byte: start, end_byte: end, replacement: replacement.into() }],
        })
    }

    #[test]
    fn first_sentences_stop_at_sentence_ends_only() {
        assert_eq!(first_sentence("yaml.load is unsafe. Use safe_load."), "yaml.load is unsafe.");
        assert_eq!(first_sentence("Version 1.5 is old"), "Version 1.5 is old");
        assert_eq!(first_sentence("  line one\nline two"), "line one");
        assert_eq!(first_sentence(""), "");
    }

    #[test]
    fn cwe_identifiers_parse_in_both_spellings() {
        assert_eq!(cwe_number("CWE-89"), Some(89));
        assert_eq!(cwe_number("cwe-502: Deserialization"), Some(502));
        assert_eq!(cwe_number("CWE-"), None);
        assert_eq!(cwe_number("CWE"), None);
        assert_eq!(cwe_number("é"), None);
        assert_eq!(cwe_url("CWE-89").unwrap(), "https://cwe.mitre.org/data/definitions/89.html");
    }

    #[test]
    fn fix_previews_show_only_changed_lines() {
        // Line 3 starts at byte 10 of the file; `yaml.load` at column 5.
        let start = 10 + 4;
        let f = finding("y = yaml.load(s)\nz = 2", start, 5, "yaml.load(s)", fix(start, start + 9, "yaml.safe_load"));
        let p = fix_preview(&f).unwrap();
        assert_eq!(p.first_line, 3);
        assert_eq!(p.removed, vec!["y = yaml.load(s)"]);
        assert_eq!(p.added, vec!["y = yaml.safe_load(s)"]);
    }

    #[test]
    fn fix_previews_refuse_inconsistent_input() {
        // Edit outside the lines.
        let f = finding("eval(x)", 100, 1, "eval(x)", fix(0, 4, "ast.literal_eval"));
        assert_eq!(fix_preview(&f), None);
        // Column beyond the line.
        let f = finding("eval(x)", 100, 40, "eval(x)", fix(100, 104, "y"));
        assert_eq!(fix_preview(&f), None);
        // Lines that do not contain the match where the span says.
        let f = finding("print(x)", 100, 1, "eval(x)", fix(100, 104, "y"));
        assert_eq!(fix_preview(&f), None);
        // Column zero, start byte before the line: no underflow.
        let f = finding("eval(x)", 0, 0, "eval(x)", fix(0, 4, "y"));
        assert!(fix_preview(&f).is_some());
        // An edit off a char boundary.
        let f = finding("é = eval(x)", 0, 1, "é", fix(1, 2, "y"));
        assert_eq!(fix_preview(&f), None);
    }
}

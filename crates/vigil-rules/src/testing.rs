//! Running rule tests: a rule file and the annotated target files beside it
//! (same name, another extension), as `vigil test` and the built-in pack's
//! own test do.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use vigil_core::{apply_fixes, Confidence, Finding, Language, LineIndex, Severity};

use crate::annotations::{compare, parse_annotations, Mismatch};
use crate::eval::Target;
use crate::ruleset::{RuleMatch, RuleSet};

/// The outcome of one target file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetOutcome {
    pub target: PathBuf,
    pub rules_tested: Vec<String>,
    pub mismatches: Vec<Mismatch>,
    /// Set when the file could not be read or parsed.
    pub error: Option<String>,
    /// Set when `x.fixed.ext` exists and applying the fixes to the target
    /// does not give it: the first differing line, expected and actual.
    pub fix_mismatch: Option<String>,
}

impl TargetOutcome {
    pub fn passed(&self) -> bool {
        self.mismatches.is_empty() && self.error.is_none() && self.fix_mismatch.is_none()
    }
}

/// Files beside `rule_file` that share its stem: `x.yaml` → `x.py`,
/// `x.test.js`, ... (not the rule, its lesson, or `.fixed` results).
pub fn targets_for(rule_file: &Path) -> Vec<PathBuf> {
    let Some(stem) = rule_file.file_stem().and_then(|s| s.to_str()) else {
        return Vec::new();
    };
    // `x.yaml` has the empty path as its parent: that is the current directory.
    let Some(dir) = rule_file.parent().map(|d| if d.as_os_str().is_empty() { Path::new(".") } else { d }) else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p != rule_file)
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let Some(rest) = name.strip_prefix(stem) else {
                return false;
            };
            rest.starts_with('.')
                && !matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml" | "md"))
                && !rest.contains(".fixed.")
        })
        .collect();
    out.sort();
    out
}

/// Runs `rules` on one annotated target and compares with its annotations.
/// Only rules named in the file's annotations, or in `rule_ids`, are tested.
pub fn run_target(rules: &RuleSet, rule_ids: &BTreeSet<String>, target_path: &Path) -> TargetOutcome {
    let mut outcome = TargetOutcome {
        target: target_path.to_path_buf(),
        rules_tested: Vec::new(),
        mismatches: Vec::new(),
        error: None,
        fix_mismatch: None,
    };
    let text = match std::fs::read(target_path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            outcome.error = Some(format!("cannot read: {e}"));
            return outcome;
        }
    };
    let lang = Language::from_path(target_path).or_else(|| Language::from_shebang(&text)).unwrap_or(Language::Generic);
    let annotations = parse_annotations(&text);
    let mut tested: BTreeSet<String> = rule_ids.clone();
    tested.extend(annotations.iter().map(|a| a.rule_id.clone()));
    let indices: Vec<usize> = (0..rules.rules().len())
        .filter(|&i| {
            let rule = &rules.rules()[i];
            tested.contains(&rule.id) && rule.applies_to(lang) && rule.paths.allows(target_path)
        })
        .collect();
    outcome.rules_tested = indices.iter().map(|&i| rules.rules()[i].id.clone()).collect();
    let tested: BTreeSet<String> = outcome.rules_tested.iter().cloned().collect();
    let parsed = match lang {
        Language::Generic => None,
        _ => match vigil_lang::parse(lang, &text) {
            Ok(p) => Some(p),
            Err(e) => {
                outcome.error = Some(e.to_string());
                return outcome;
            }
        },
    };
    let target = match &parsed {
        Some(p) => Target::new(target_path, lang, &p.source, p.original_len, Some(&p.tree)),
        None => Target::new(target_path, lang, &text, text.len(), None),
    };
    let index = LineIndex::new(&text);
    let mut reported: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
    let matches = rules.run(&target, &indices);
    for m in &matches {
        let line = index.line_of(m.start) as u32 + 1;
        reported.entry(rules.rules()[m.rule].id.clone()).or_default().insert(line);
    }
    outcome.mismatches = compare(&annotations, &reported, &tested);
    if let Some(expected_path) = fixed_path(target_path) {
        if let Ok(expected) = std::fs::read_to_string(&expected_path) {
            let findings: Vec<Finding> = matches
                .iter()
                .filter(|m| m.fix.is_some())
                .map(|m| fix_carrier(&rules.rules()[m.rule].id, m, &text, &index, lang, target_path))
                .collect();
            let refs: Vec<&Finding> = findings.iter().collect();
            let errors = |t: &str| match lang {
                Language::Generic => 0,
                _ => vigil_lang::parse_exact(lang, t).map(|p| p.error_count()).unwrap_or(0),
            };
            let fixed = apply_fixes(&text, &refs, &errors);
            outcome.fix_mismatch = first_difference(&expected, &fixed.text)
                .map(|d| format!("fixes do not give {}: {d}", expected_path.display()));
        }
    }
    outcome
}

/// `dir/x.py` → `dir/x.fixed.py`.
pub fn fixed_path(target: &Path) -> Option<PathBuf> {
    let stem = target.file_stem()?.to_str()?;
    let ext = target.extension()?.to_str()?;
    Some(target.with_file_name(format!("{stem}.fixed.{ext}")))
}

fn first_difference(expected: &str, actual: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let mut e = expected.lines();
    let mut a = actual.lines();
    let mut line = 1;
    loop {
        match (e.next(), a.next()) {
            (Some(x), Some(y)) if x == y => line += 1,
            (x, y) => {
                return Some(format!(
                    "line {line}: expected `{}`, got `{}`",
                    x.unwrap_or("<end of file>"),
                    y.unwrap_or("<end of file>")
                ))
            }
        }
    }
}

/// The least of a finding that fix application needs.
fn fix_carrier(rule_id: &str, m: &RuleMatch, text: &str, index: &LineIndex, lang: Language, path: &Path) -> Finding {
    Finding {
        rule_id: rule_id.to_string(),
        message: String::new(),
        severity: Severity::Info,
        confidence: Confidence::Low,
        cwe: Vec::new(),
        owasp: Vec::new(),
        path: path.to_path_buf(),
        language: lang,
        span: index.span(text, m.start, m.end),
        line_text: String::new(),
        matched_text: String::new(),
        fix: m.fix.clone(),
        fingerprint: String::new(),
        flow: Vec::new(),
    }
}

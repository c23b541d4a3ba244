//! Running rule tests: a rule file and the annotated target files beside it
//! (same name, another extension), as `vigil test` and the built-in pack's
//! own test do.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use vigil_core::{Language, LineIndex};

use crate::annotations::{compare, parse_annotations, Mismatch};
use crate::eval::Target;
use crate::ruleset::RuleSet;

/// The outcome of one target file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetOutcome {
    pub target: PathBuf,
    pub rules_tested: Vec<String>,
    pub mismatches: Vec<Mismatch>,
    /// Set when the file could not be read or parsed.
    pub error: Option<String>,
}

impl TargetOutcome {
    pub fn passed(&self) -> bool {
        self.mismatches.is_empty() && self.error.is_none()
    }
}

/// Files beside `rule_file` that share its stem: `x.yaml` → `x.py`,
/// `x.test.js`, ... (not the rule, its lesson, or `.fixed` results).
pub fn targets_for(rule_file: &Path) -> Vec<PathBuf> {
    let Some(stem) = rule_file.file_stem().and_then(|s| s.to_str()) else {
        return Vec::new();
    };
    let Some(dir) = rule_file.parent() else {
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
        .filter(|&i| tested.contains(&rules.rules()[i].id) && rules.rules()[i].applies_to(lang))
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
    for m in rules.run(&target, &indices) {
        let line = index.line_of(m.start) as u32 + 1;
        reported.entry(rules.rules()[m.rule].id.clone()).or_default().insert(line);
    }
    outcome.mismatches = compare(&annotations, &reported, &tested);
    outcome
}

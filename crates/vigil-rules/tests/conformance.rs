//! The Semgrep conformance suite: `tests/conformance/<topic>/<name>.yaml`
//! rule files with annotated targets beside them (`<name>.py`, `<name>.java`,
//! ...; `<name>.fixed.<ext>` for the expected result of fixes), one topic per
//! operator or pattern semantic, run through the same runner as `vigil test`.
//!
//! Directives in a rule file's YAML comments:
//!
//! - `# todo-load: <rule id>`: a rule that should load but does not yet (a
//!   pattern Vigil cannot parse); its load error is tolerated, and the test
//!   fails once it loads, so the marker is removed and its `todoruleid:`
//!   annotations turned into `ruleid:`.
//! - `# expect: <rule id> <severity|confidence|cwe|owasp> <value>`: a field of
//!   the loaded rule.
//! - Under `errors/` only: `# expect-error: <text>` (one per expected error)
//!   and `# expect-rule: <rule id>` (the rule the errors name; absent for
//!   whole-file errors such as invalid YAML), `# expect-loaded: <rule id>` for
//!   a valid rule beside the bad one that must still load.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use vigil_rules::annotations::{parse_annotations, Expect};
use vigil_rules::testing::{fixed_path, run_target, targets_for};
use vigil_rules::{load_path, RuleSet};

/// Every topic of the suite; a missing directory fails the test.
const TOPICS: &[&str] = &[
    "pattern",
    "patterns",
    "pattern-either",
    "pattern-not",
    "pattern-inside",
    "pattern-not-inside",
    "pattern-regex",
    "pattern-not-regex",
    "metavariable-regex",
    "metavariable-pattern",
    "metavariable-comparison",
    "focus-metavariable",
    "fix",
    "fix-regex",
    "paths",
    "metadata",
    "severity",
    "metavariables",
    "ellipsis",
    "strings",
    "deep-expressions",
    "typed-metavariables",
    "imports",
    "keyword-arguments",
    "method-chains",
    "equivalences",
    "constants",
    "errors",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance")
}

fn rule_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rule_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(p);
        }
    }
}

/// The values of `# <key>: value` comment lines.
fn directives(text: &str, key: &str) -> Vec<String> {
    let prefix = format!("{key}:");
    text.lines()
        .filter_map(|l| l.trim().strip_prefix('#'))
        .filter_map(|l| l.trim().strip_prefix(prefix.as_str()))
        .map(|v| v.trim().to_string())
        .collect()
}

fn display(p: &Path) -> String {
    p.strip_prefix(root()).unwrap_or(p).display().to_string()
}

#[test]
fn every_topic_has_a_directory_with_rules() {
    let root = root();
    let mut missing = Vec::new();
    for topic in TOPICS {
        let dir = root.join(topic);
        let mut files = Vec::new();
        if dir.is_dir() {
            rule_files(&dir, &mut files);
        }
        if files.is_empty() {
            missing.push(*topic);
        }
    }
    assert!(missing.is_empty(), "conformance topics without rule files: {missing:?}");
    // And no directory that is not a listed topic (a typo would go unchecked).
    let mut extra = Vec::new();
    for entry in std::fs::read_dir(&root).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if entry.path().is_dir() && !TOPICS.contains(&name.as_str()) {
            extra.push(name);
        }
    }
    assert!(extra.is_empty(), "directories not listed in TOPICS: {extra:?}");
}

#[test]
fn invalid_rules_give_the_expected_errors() {
    let mut files = Vec::new();
    rule_files(&root().join("errors"), &mut files);
    let mut failures = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let expected = directives(&text, "expect-error");
        let rule = directives(&text, "expect-rule");
        let must_load = directives(&text, "expect-loaded");
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        if expected.is_empty() {
            failures.push(format!("{}: no `# expect-error:` line", display(file)));
            continue;
        }
        let loaded = load_path(file);
        let errors: Vec<String> = loaded.errors.iter().map(|e| e.to_string()).collect();
        if errors.len() != expected.len() {
            failures.push(format!("{}: expected {} error(s), got {errors:#?}", display(file), expected.len()));
        }
        for want in &expected {
            let hit = errors.iter().any(|e| {
                e.contains(want.as_str()) && e.contains(&name) && rule.iter().all(|id| e.contains(&format!("`{id}`")))
            });
            if !hit {
                failures.push(format!(
                    "{}: no error contains `{want}` with the file name{}; got {errors:#?}",
                    display(file),
                    rule.first().map(|id| format!(" and rule `{id}`")).unwrap_or_default()
                ));
            }
        }
        let ids: BTreeSet<String> = loaded.rules.iter().map(|r| r.id.clone()).collect();
        let wanted: BTreeSet<String> = must_load.into_iter().collect();
        if ids != wanted {
            failures.push(format!("{}: rules loaded {ids:?}, expected {wanted:?}", display(file)));
        }
    }
    assert!(files.len() >= 6, "only {} files under errors/", files.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn check_expectation(rules: &RuleSet, line: &str, file: &Path) -> Option<String> {
    let parts: Vec<&str> = line.splitn(3, char::is_whitespace).map(str::trim).collect();
    let [id, field, value] = parts.as_slice() else {
        return Some(format!("{}: bad `# expect:` line `{line}`", display(file)));
    };
    let Some(rule) = rules.rules().iter().find(|r| r.id == *id) else {
        return Some(format!("{}: `# expect:` names unknown rule `{id}`", display(file)));
    };
    let actual = match *field {
        "severity" => rule.severity.as_str().to_string(),
        "confidence" => format!("{:?}", rule.confidence).to_lowercase(),
        "cwe" => rule.cwe.join(","),
        "owasp" => rule.owasp.join(","),
        "tags" => rule.tags.join(","),
        "references" => rule.references.join(","),
        "metadata" => {
            // `metadata key=value`: a key of the raw metadata mapping.
            let (k, v) = value.split_once('=').unwrap_or((value, ""));
            let got = rule.metadata.get(k).map(|x| x.as_str().map(str::to_string).unwrap_or(x.to_string()));
            return (got.as_deref() != Some(v))
                .then(|| format!("{}: rule `{id}`: metadata `{k}` is {got:?}, expected `{v}`", display(file)));
        }
        other => return Some(format!("{}: `# expect:` has unknown field `{other}`", display(file))),
    };
    (actual != *value).then(|| format!("{}: rule `{id}`: {field} is `{actual}`, expected `{value}`", display(file)))
}

#[test]
fn every_rule_passes_its_annotated_targets() {
    let root = root();
    let mut files = Vec::new();
    for topic in TOPICS.iter().filter(|t| **t != "errors") {
        let dir = root.join(topic);
        if dir.is_dir() {
            rule_files(&dir, &mut files);
        }
    }
    let mut failures = Vec::new();
    let mut targets_run = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let todo_load: BTreeSet<String> = directives(&text, "todo-load").into_iter().collect();
        let loaded = load_path(file);
        let mut failed_to_load = BTreeSet::new();
        for e in &loaded.errors {
            match &e.rule_id {
                Some(id) if todo_load.contains(id) => {
                    failed_to_load.insert(id.clone());
                }
                _ => failures.push(format!("load error: {e}")),
            }
        }
        for id in todo_load.difference(&failed_to_load) {
            failures.push(format!(
                "{}: rule `{id}` is marked `todo-load` but now loads: remove the marker and turn its `todoruleid:` into `ruleid:`",
                display(file)
            ));
        }
        let ids: BTreeSet<String> = loaded.rules.iter().map(|r| r.id.clone()).collect();
        let rules = RuleSet::new(loaded.rules);
        for line in directives(&text, "expect") {
            failures.extend(check_expectation(&rules, &line, file));
        }
        let targets = targets_for(file);
        if targets.is_empty() {
            failures.push(format!("{}: no annotated target beside it", display(file)));
            continue;
        }
        // Every rule of the file, loaded or not, must be exercised by some target.
        let mut exercised: BTreeMap<String, BTreeSet<&'static str>> = BTreeMap::new();
        for target in &targets {
            let target_text = std::fs::read_to_string(target).unwrap();
            for a in parse_annotations(&target_text) {
                let kind = match a.expect {
                    Expect::RuleId | Expect::TodoRuleId => "ruleid",
                    Expect::Ok | Expect::TodoOk => "ok",
                };
                exercised.entry(a.rule_id.clone()).or_default().insert(kind);
            }
            let outcome = run_target(&rules, &ids, target);
            targets_run += 1;
            if let Some(e) = &outcome.error {
                failures.push(format!("{}: {e}", display(target)));
            }
            for m in &outcome.mismatches {
                failures.push(if m.missed {
                    format!("{}:{}: `{}` should match here and does not", display(target), m.line, m.rule_id)
                } else {
                    format!("{}:{}: `{}` matches here and should not", display(target), m.line, m.rule_id)
                });
            }
            if let Some(f) = &outcome.fix_mismatch {
                failures.push(format!("{}: {f}", display(target)));
            }
            // Under `paths/`, a target the rules' `paths` exclude is the point.
            let excluded_on_purpose = file.parent().and_then(|p| p.file_name()).is_some_and(|n| n == "paths");
            if outcome.rules_tested.is_empty() && !target_text.contains("todoruleid") && !excluded_on_purpose {
                failures.push(format!("{}: no rule of {} applies to it", display(target), display(file)));
            }
            let topic = file.parent().and_then(|p| p.file_name()).and_then(|n| n.to_str()).unwrap_or("");
            if matches!(topic, "fix" | "fix-regex")
                && !fixed_path(target).is_some_and(|p| p.exists())
                && !target_text.contains("no-fixed-file")
            {
                failures.push(format!("{}: a fix target needs its `.fixed` file", display(target)));
            }
        }
        for id in ids.iter().chain(todo_load.iter()) {
            let kinds = exercised.get(id).cloned().unwrap_or_default();
            if !kinds.contains("ruleid") {
                failures.push(format!("{}: rule `{id}` has no `ruleid:` case", display(file)));
            }
            if !kinds.contains("ok") {
                failures.push(format!("{}: rule `{id}` has no `ok:` case", display(file)));
            }
        }
        for id in exercised.keys() {
            if !ids.contains(id) && !todo_load.contains(id) {
                failures.push(format!("{}: annotations name `{id}`, which is not a rule of this file", display(file)));
            }
        }
    }
    assert!(targets_run > 0, "no targets found under {}", root.display());
    assert!(failures.is_empty(), "{} conformance failure(s):\n{}", failures.len(), failures.join("\n"));
}

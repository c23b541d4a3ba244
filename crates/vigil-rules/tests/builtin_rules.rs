//! Every built-in rule loads, has tests beside it that show it firing and
//! not firing, and passes them.

use std::collections::BTreeSet;
use std::path::PathBuf;

use vigil_rules::annotations::{parse_annotations, Expect};
use vigil_rules::testing::{run_target, targets_for};
use vigil_rules::{builtin, load_str, RuleSet, BUILTIN_FILES};

fn rules_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../rules")
}

#[test]
fn the_builtin_pack_loads_without_errors() {
    let loaded = builtin();
    let errors: Vec<String> = loaded.errors.iter().map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(loaded.rules.len() >= 12, "only {} built-in rules", loaded.rules.len());
    let ids: BTreeSet<&str> = loaded.rules.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids.len(), loaded.rules.len(), "duplicate rule ids");
    // The pack compiles its patterns on first use; loaded as a user's rule
    // file, every pattern compiles now, for every language it declares.
    let mut checked = 0;
    for (name, yaml, _) in BUILTIN_FILES {
        let eager = load_str(yaml, name);
        let errors: Vec<String> = eager.errors.iter().map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:#?}");
        checked += eager.rules.len();
    }
    assert_eq!(checked, loaded.rules.len());
}

#[test]
fn every_builtin_rule_has_metadata_and_a_lesson() {
    for rule in builtin().rules {
        assert!(!rule.cwe.is_empty(), "{} has no CWE", rule.id);
        assert!(
            !rule.owasp.is_empty()
                || rule.languages.iter().any(|l| matches!(
                    l,
                    vigil_core::Language::C | vigil_core::Language::Cpp | vigil_core::Language::Rust
                )),
            "{} has no OWASP category",
            rule.id
        );
        assert!(!rule.lesson.trim().is_empty(), "{} has no lesson", rule.id);
        assert!(rule.message.len() > 40, "{}: the message must say what, why and how to fix", rule.id);
    }
}

#[test]
fn every_builtin_rule_passes_its_annotated_tests() {
    let rules = RuleSet::new(builtin().rules);
    let mut files = Vec::new();
    let mut stack = vec![rules_dir()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "yaml") {
                files.push(p);
            }
        }
    }
    files.sort();
    let mut failures = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let ids: BTreeSet<String> = vigil_rules::load_str(&text, "x").rules.into_iter().map(|r| r.id).collect();
        let targets = targets_for(file);
        assert!(!targets.is_empty(), "{} has no test target beside it", file.display());
        let mut fires = BTreeSet::new();
        let mut holds_back = BTreeSet::new();
        for target in &targets {
            let annotations = parse_annotations(&std::fs::read_to_string(target).unwrap());
            for a in &annotations {
                match a.expect {
                    Expect::RuleId => fires.insert(a.rule_id.clone()),
                    Expect::Ok => holds_back.insert(a.rule_id.clone()),
                    _ => false,
                };
            }
            let outcome = run_target(&rules, &ids, target);
            if !outcome.passed() {
                failures.push(format!("{}: {:?} {:?}", target.display(), outcome.mismatches, outcome.error));
            }
        }
        for id in &ids {
            assert!(fires.contains(id), "{id}: no `ruleid:` case in its tests");
            assert!(holds_back.contains(id), "{id}: no `ok:` case in its tests");
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

//! Rule files that fail to load: invalid YAML, a rule with an unknown key
//! next to a valid one. Valid rules still run; warnings name the file and
//! rule; a missing `--rules` path is a usage error.

mod common;

use common::{loc, Project};

const MIXED: &str = r#"rules:
  - id: mixed.unknown-key
    languages: [python]
    severity: HIGH
    message: should not load
    pattern: eval($X)
    frobnicate: true
  - id: mixed.valid
    languages: [python]
    severity: MEDIUM
    message: exec found
    pattern: exec(...)
"#;

fn project() -> Project {
    let p = Project::new();
    p.write("rules/broken.yaml", "rules:\n  - id: broken.rule\n    pattern: [unclosed\n");
    p.write("rules/mixed.yaml", MIXED);
    p.write("src/t.py", "exec(a)\neval(b)\n");
    p
}

#[test]
fn valid_rules_run_and_warnings_name_file_and_rule_in_json() {
    let p = project();
    let run = p.run(&["scan", "--no-builtin", "--rules", "rules", "src", "--format", "json"]);
    run.expect_code(1);
    let r = run.json();
    assert_eq!(common::locations(&r), vec![loc("mixed.valid", "src/t.py", 1, 1)]);
    assert_eq!(r["stats"]["rules_run"], 1);
    let warnings: Vec<&str> = r["warnings"].as_array().unwrap().iter().map(|w| w.as_str().unwrap()).collect();
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings.iter().any(|w| w.contains("broken.yaml") && w.contains("YAML")), "{warnings:?}");
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("mixed.yaml") && w.contains("mixed.unknown-key") && w.contains("frobnicate")),
        "{warnings:?}"
    );
}

#[test]
fn warnings_in_the_text_output() {
    let p = project();
    let run = p.run(&["scan", "--no-builtin", "--rules", "rules", "src"]);
    run.expect_code(1);
    let all = format!("{}{}", run.stdout, run.stderr);
    let warning_lines: Vec<&str> = all.lines().filter(|l| l.contains("warning")).collect();
    assert!(warning_lines.iter().any(|l| l.contains("mixed.yaml") && l.contains("mixed.unknown-key")), "{all}");
    assert!(warning_lines.iter().any(|l| l.contains("broken.yaml")), "{all}");
    assert!(run.stdout.contains("medium  mixed.valid  src/t.py:1:1"), "{}", run.stdout);
}

#[test]
fn warnings_in_sarif_notifications() {
    let p = project();
    let run = p.run(&["scan", "--no-builtin", "--rules", "rules", "src", "--format", "sarif"]);
    run.expect_code(1);
    let s = run.json();
    let notes = s["runs"][0]["invocations"][0]["toolExecutionNotifications"].as_array().unwrap();
    let warnings: Vec<&str> =
        notes.iter().filter(|n| n["level"] == "warning").map(|n| n["message"]["text"].as_str().unwrap()).collect();
    assert_eq!(warnings.len(), 2, "{notes:?}");
    assert!(warnings.iter().any(|w| w.contains("mixed.unknown-key")), "{warnings:?}");
}

#[test]
fn rules_command_reports_the_broken_rules_and_lists_the_valid_one() {
    let p = project();
    let run = p.run(&["rules", "--no-builtin", "--rules", "rules"]);
    run.expect_code(0);
    assert!(run.stdout.contains("mixed.valid"), "{}", run.stdout);
    assert!(!run.stdout.contains("mixed.unknown-key"), "{}", run.stdout);
    assert!(run.stderr.contains("mixed.unknown-key"), "{}", run.stderr);
    assert!(run.stderr.contains("broken.yaml"), "{}", run.stderr);
}

#[test]
fn only_broken_rules_means_nothing_to_run() {
    let p = project();
    let run = p.run(&["scan", "--no-builtin", "--rules", "rules/broken.yaml", "src"]);
    run.expect_code(2);
    assert!(run.stderr.contains("no rules to run"), "{}", run.stderr);
}

#[test]
fn nonexistent_rules_path_exits_2_and_names_it() {
    let p = project();
    let run = p.run(&["scan", "--rules", "nonexistent.yaml", "src"]);
    run.expect_code(2);
    assert!(run.stderr.contains("nonexistent.yaml"), "{}", run.stderr);
    let run = p.run(&["rules", "--rules", "nonexistent-dir"]);
    run.expect_code(2);
    assert!(run.stderr.contains("nonexistent-dir"), "{}", run.stderr);
}

#[test]
fn duplicate_rule_ids_are_reported() {
    let p = Project::new();
    p.write("a.yaml", common::RULES);
    p.write("b.yaml", common::RULES);
    p.write("src/t.py", "eval(b)\n");
    let run = p.run(&["scan", "--no-builtin", "--rules", "a.yaml", "--rules", "b.yaml", "src", "--format", "json"]);
    run.expect_code(1);
    let r = run.json();
    // Each finding once, and a warning about the duplicates.
    assert_eq!(common::locations(&r), vec![loc("test.eval", "src/t.py", 1, 1)]);
    let warnings = r["warnings"].to_string();
    assert!(warnings.contains("duplicate") && warnings.contains("test.eval"), "{warnings}");
}

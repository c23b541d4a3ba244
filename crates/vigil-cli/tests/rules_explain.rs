//! `vigil rules` and `vigil explain`.

mod common;

use common::Project;

#[test]
fn rules_lists_ids_in_text() {
    let p = Project::with_rules();
    let run = p.run(&["rules", "--no-builtin", "--rules", "rules.yaml"]);
    run.expect_code(0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{}", run.stdout);
    assert!(lines[0].starts_with("test.eval "), "{}", lines[0]);
    assert!(lines[0].contains("high") && lines[0].contains("CWE-95"), "{}", lines[0]);
    assert!(lines[1].starts_with("test.exec-low "), "{}", lines[1]);
    assert_eq!(lines[2], "2 rules");
}

#[test]
fn rules_lists_ids_in_json() {
    let p = Project::with_rules();
    let run = p.run(&["rules", "--no-builtin", "--rules", "rules.yaml", "--format", "json"]);
    run.expect_code(0);
    let r = run.json();
    let rules = r["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, vec!["test.eval", "test.exec-low"]);
    assert_eq!(rules[0]["severity"], "high");
    assert_eq!(rules[0]["confidence"], "high");
    assert_eq!(rules[0]["cwe"], serde_json::json!(["CWE-95"]));
    assert_eq!(rules[0]["languages"], serde_json::json!(["python"]));
    assert_eq!(rules[1]["severity"], "low");
}

#[test]
fn rules_honours_enable_and_disable() {
    let p = Project::with_rules();
    let run = p.run(&["rules", "--no-builtin", "--rules", "rules.yaml", "--disable", "test.eval", "-f", "json"]);
    run.expect_code(0);
    let r = run.json();
    assert_eq!(r["rules"].as_array().unwrap().len(), 1);
    assert_eq!(r["rules"][0]["id"], "test.exec-low");
}

#[test]
fn builtin_rules_include_the_yaml_rule() {
    let p = Project::new();
    let run = p.run(&["rules", "--format", "json"]);
    run.expect_code(0);
    let r = run.json();
    let rule = r["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "python.yaml.unsafe-load")
        .expect("python.yaml.unsafe-load is built in");
    assert_eq!(rule["severity"], "high");
    assert_eq!(rule["has_lesson"], true);
    assert!(rule["cwe"].as_array().unwrap().iter().any(|c| c == "CWE-502"));
    let run = p.run(&["rules"]);
    assert!(run.stdout.lines().any(|l| l.starts_with("python.yaml.unsafe-load ")), "{}", run.stdout);
}

#[test]
fn explain_a_rule_prints_its_lesson() {
    let p = Project::new();
    let run = p.run(&["explain", "python.yaml.unsafe-load"]);
    run.expect_code(0);
    let out = &run.stdout;
    assert!(out.starts_with("python.yaml.unsafe-load  (high, CWE-502"), "{out}");
    assert!(out.contains("# Unsafe YAML loading (CWE-502)"), "{out}");
    assert!(out.contains("yaml.safe_load"), "{out}");
    assert!(out.contains("https://pyyaml.org/wiki/PyYAMLDocumentation"), "{out}");
}

#[test]
fn explain_a_cwe_prints_the_lessons_of_its_rules() {
    let p = Project::new();
    for topic in ["CWE-502", "cwe-502"] {
        let run = p.run(&["explain", topic]);
        run.expect_code(0);
        assert!(run.stdout.contains("python.yaml.unsafe-load"), "{}", run.stdout);
        assert!(run.stdout.contains("# Unsafe YAML loading (CWE-502)"), "{}", run.stdout);
    }
}

#[test]
fn explain_a_rule_without_a_lesson_prints_its_message() {
    let p = Project::with_rules();
    let run = p.run(&["explain", "test.eval", "--no-builtin", "--rules", "rules.yaml"]);
    run.expect_code(0);
    assert!(run.stdout.starts_with("test.eval  (high, CWE-95"), "{}", run.stdout);
    assert!(run.stdout.contains("eval of $X"), "{}", run.stdout);
}

#[test]
fn explain_unknown_topic_exits_2() {
    let p = Project::new();
    let run = p.run(&["explain", "nope"]);
    run.expect_code(2);
    assert!(run.stderr.contains("nope"), "{}", run.stderr);
    assert_eq!(run.stdout, "");
    let run = p.run(&["explain", "CWE-999999"]);
    run.expect_code(2);
    assert!(run.stderr.contains("CWE-999999"), "{}", run.stderr);
}

#[test]
fn explain_a_partial_id_suggests_the_rule() {
    let p = Project::new();
    let run = p.run(&["explain", "yaml.unsafe"]);
    run.expect_code(2);
    assert!(run.stderr.contains("python.yaml.unsafe-load"), "{}", run.stderr);
}

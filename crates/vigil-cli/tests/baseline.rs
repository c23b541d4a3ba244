//! Baselines: `--write-baseline` records the current findings; `--baseline`
//! hides them, even after lines shift, and reports only new ones.

mod common;

use common::{loc, Project, OWN_RULES};

fn scan(p: &Project, extra: &[&str]) -> common::Run {
    let mut args: Vec<&str> = vec!["scan"];
    args.extend(OWN_RULES);
    args.extend(extra);
    p.run(&args)
}

fn project() -> Project {
    let p = Project::with_rules();
    p.write("app/main.py", "import os\n\ny = eval(data)\nexec(code)\n");
    p.write("app/util.py", "def f(s):\n    return eval(s)\n");
    p
}

#[test]
fn write_baseline_exits_0_and_writes_the_file() {
    let p = project();
    let run = scan(&p, &["app", "--write-baseline", "b.json"]);
    run.expect_code(0);
    assert!(run.stderr.contains("b.json"), "{}", run.stderr);
    let b: serde_json::Value = serde_json::from_str(&p.read("b.json")).unwrap();
    assert_eq!(b["version"], 1);
    let entries: Vec<(String, String, u64)> = b["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            assert_eq!(e["fingerprint"].as_str().unwrap().len(), 32);
            (
                e["rule_id"].as_str().unwrap().to_string(),
                e["path"].as_str().unwrap().to_string(),
                e["line"].as_u64().unwrap(),
            )
        })
        .collect();
    let mut entries = entries;
    entries.sort();
    assert_eq!(
        entries,
        vec![
            ("test.eval".to_string(), "app/main.py".to_string(), 3),
            ("test.eval".to_string(), "app/util.py".to_string(), 2),
            ("test.exec-low".to_string(), "app/main.py".to_string(), 4),
        ]
    );
}

#[test]
fn rescan_with_the_baseline_reports_nothing() {
    let p = project();
    scan(&p, &["app", "--write-baseline", "b.json"]).expect_code(0);
    let run = scan(&p, &["app", "--baseline", "b.json", "--format", "json"]);
    run.expect_code(0);
    let r = run.json();
    assert_eq!(r["findings"], serde_json::json!([]));
    assert_eq!(r["stats"]["baselined"], 3);
    let run = scan(&p, &["app", "--baseline", "b.json"]);
    run.expect_code(0);
    assert!(run.stdout.contains("3 baselined"), "{}", run.stdout);
}

#[test]
fn a_new_finding_at_the_top_is_the_only_one_reported() {
    let p = project();
    scan(&p, &["app", "--write-baseline", "b.json"]).expect_code(0);
    // Shift every existing line down by two.
    p.write("app/main.py", "z = eval(request)\n\nimport os\n\ny = eval(data)\nexec(code)\n");
    let run = scan(&p, &["app", "--baseline", "b.json", "--format", "json"]);
    run.expect_code(1);
    let r = run.json();
    assert_eq!(common::locations(&r), vec![loc("test.eval", "app/main.py", 1, 5)]);
    assert_eq!(r["stats"]["baselined"], 3);
}

#[test]
fn edits_elsewhere_and_reindentation_keep_baselined_findings_hidden() {
    let p = project();
    scan(&p, &["app", "--write-baseline", "b.json"]).expect_code(0);
    p.write("app/util.py", "import sys\n\n\ndef f(s):\n    print(s)\n    if s:\n        return eval(s)\n");
    let run = scan(&p, &["app", "--baseline", "b.json", "--format", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["stats"]["baselined"], 3);
}

#[test]
fn a_fixed_finding_is_gone_and_the_rest_stay_hidden() {
    let p = project();
    scan(&p, &["app", "--write-baseline", "b.json"]).expect_code(0);
    p.write("app/util.py", "def f(s):\n    return s\n");
    let run = scan(&p, &["app", "--baseline", "b.json", "--format", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["stats"]["baselined"], 2);
}

#[test]
fn bad_baselines_exit_2_and_name_the_file() {
    let p = project();
    let run = scan(&p, &["app", "--baseline", "missing-baseline.json"]);
    run.expect_code(2);
    assert!(run.stderr.contains("missing-baseline.json"), "{}", run.stderr);
    p.write("garbage.json", "not json at all");
    let run = scan(&p, &["app", "--baseline", "garbage.json"]);
    run.expect_code(2);
    assert!(run.stderr.contains("garbage.json"), "{}", run.stderr);
    p.write("v2.json", "{\"version\": 2, \"findings\": []}");
    let run = scan(&p, &["app", "--baseline", "v2.json"]);
    run.expect_code(2);
    assert!(run.stderr.contains("v2.json"), "{}", run.stderr);
}

/// The error for a missing baseline repeats the OS error:
/// `x.json: cannot read: No such file or directory (os error 2): No such file
/// or directory (os error 2)`, because `vigil::Error::Io` both formats its
/// source into its message and returns it from `source()`, and the CLI prints
/// the whole chain with `{:#}`.
#[test]
fn a_missing_baseline_error_names_the_cause_once() {
    let p = project();
    let run = scan(&p, &["app", "--baseline", "missing-baseline.json"]);
    run.expect_code(2);
    assert_eq!(run.stderr.matches("os error 2").count(), 1, "{}", run.stderr);
}

#[test]
fn baseline_works_for_stdin() {
    let p = Project::with_rules();
    let mut args: Vec<&str> = vec!["scan"];
    args.extend(OWN_RULES);
    args.extend(["-", "--lang", "python"]);
    let mut write = args.clone();
    write.extend(["--write-baseline", "b.json"]);
    p.run_stdin(&write, "y = eval(q)\n").expect_code(0);
    let mut read = args.clone();
    read.extend(["--baseline", "b.json"]);
    p.run_stdin(&read, "\n\ny = eval(q)\n").expect_code(0);
    p.run_stdin(&read, "y = eval(q)\nz = eval(r)\n").expect_code(1);
}

//! `vigil test DIR`: rule tests with `ruleid:` / `ok:` annotations.

mod common;

use common::Project;

const GOOD_TARGET: &str = "x = 1\n\
# ruleid: test.eval\n\
y = eval(a)\n\
# ok: test.eval\n\
z = evaluate(a)\n\
# ruleid: test.exec-low\n\
exec(b)\n";

/// The annotations are swapped: line 3 matches without `ruleid:`, line 5 is
/// expected to match and does not.
const BAD_TARGET: &str = "x = 1\n\
# ok: test.eval\n\
y = eval(a)\n\
# ruleid: test.eval\n\
z = evaluate(a)\n\
# ruleid: test.exec-low\n\
exec(b)\n";

fn project(target: &str) -> Project {
    let p = Project::new();
    p.write("tests/r.yaml", common::RULES);
    p.write("tests/r.py", target);
    p
}

#[test]
fn annotated_target_passes() {
    let p = project(GOOD_TARGET);
    let run = p.run(&["test", "tests"]);
    run.expect_code(0);
    assert!(run.stdout.contains("ok     tests/r.py"), "{}", run.stdout);
    assert!(run.stdout.contains("1 passed, 0 failed"), "{}", run.stdout);
}

#[test]
fn a_rule_file_can_be_named_directly() {
    let p = project(GOOD_TARGET);
    p.run(&["test", "tests/r.yaml"]).expect_code(0);
}

#[test]
fn wrong_annotation_fails_and_names_the_lines() {
    let p = project(BAD_TARGET);
    let run = p.run(&["test", "tests"]);
    run.expect_code(1);
    let out = &run.stdout;
    assert!(out.contains("FAIL   tests/r.py"), "{out}");
    assert!(out.contains("line 5: expected test.eval to match, it did not"), "{out}");
    assert!(out.contains("line 3: test.eval matched, but no `ruleid:` says it should"), "{out}");
    assert!(out.contains("0 passed, 1 failed"), "{out}");
}

#[test]
fn wrong_annotation_in_json() {
    let p = project(BAD_TARGET);
    let run = p.run(&["test", "tests", "--format", "json"]);
    run.expect_code(1);
    let r = run.json();
    assert_eq!(r["passed"], 0);
    assert_eq!(r["failed"], 1);
    let res = &r["results"][0];
    assert_eq!(res["passed"], false);
    assert_eq!(res["missed"], serde_json::json!([{"rule": "test.eval", "line": 5}]));
    assert_eq!(res["unexpected"], serde_json::json!([{"rule": "test.eval", "line": 3}]));
}

#[test]
fn the_builtin_rule_tests_pass() {
    // The stable built-in rule ships with its annotated target.
    let rules = concat!(env!("CARGO_MANIFEST_DIR"), "/../../rules/python/yaml-unsafe-load.yaml");
    let p = Project::new();
    let run = p.run(&["test", rules]);
    run.expect_code(0);
    assert!(run.stdout.contains("1 passed, 0 failed"), "{}", run.stdout);
}

#[test]
fn a_rule_without_a_target_fails() {
    let p = Project::new();
    p.write("tests/lonely.yaml", common::RULES);
    let run = p.run(&["test", "tests"]);
    run.expect_code(1);
    assert!(run.stdout.contains("tests/lonely.yaml"), "{}", run.stdout);
}

#[test]
fn a_broken_rule_file_fails_the_run() {
    let p = project(GOOD_TARGET);
    p.write("tests/z-broken.yaml", "rules: [unclosed\n");
    let run = p.run(&["test", "tests"]);
    run.expect_code(1);
    assert!(run.stdout.contains("z-broken.yaml"), "{}", run.stdout);
}

#[test]
fn missing_path_or_no_rules_exit_2() {
    let p = Project::new();
    let run = p.run(&["test", "no-such-dir"]);
    run.expect_code(2);
    assert!(run.stderr.contains("no-such-dir"), "{}", run.stderr);
    std::fs::create_dir(p.join("empty")).unwrap();
    p.run(&["test", "empty"]).expect_code(2);
    // A path is required.
    p.run(&["test"]).expect_code(2);
}

//! Exit codes: 0 clean, 1 findings at or above `--fail-on`, 2 usage errors
//! (with stderr naming what is at fault).

mod common;

use common::{Project, OWN_RULES};

fn args<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut v: Vec<&str> = vec!["scan"];
    v.extend(OWN_RULES);
    v.extend(extra);
    v
}

fn project() -> Project {
    let p = Project::with_rules();
    // One HIGH finding (eval) and one LOW finding (exec).
    p.write("src/app.py", "import os\nx = eval(data)\nexec(code)\n");
    p.write("clean/ok.py", "def f(a):\n    return a + 1\n");
    p
}

#[test]
fn clean_code_exits_0() {
    let p = project();
    let run = p.run(&args(&["clean"]));
    run.expect_code(0);
    assert!(run.stdout.contains("No findings"), "{}", run.stdout);
}

#[test]
fn findings_at_the_default_threshold_exit_1() {
    let p = project();
    // The default threshold is `low`, so even the LOW finding alone fails.
    p.write("low/only.py", "exec(code)\n");
    p.run(&args(&["src"])).expect_code(1);
    p.run(&args(&["low"])).expect_code(1);
}

#[test]
fn fail_on_threshold_decides_the_exit_code() {
    let p = project();
    p.run(&args(&["src", "--fail-on", "high"])).expect_code(1);
    p.run(&args(&["src", "--fail-on", "medium"])).expect_code(1);
    // The highest finding is HIGH: nothing at or above critical.
    p.run(&args(&["src", "--fail-on", "critical"])).expect_code(0);
    // Only the LOW finding, with a HIGH threshold: below it, exit 0...
    p.write("low/only.py", "exec(code)\n");
    let run = p.run(&args(&["low", "--fail-on", "high", "--format", "json"]));
    run.expect_code(0);
    // ...but the finding is still reported.
    assert_eq!(common::rule_ids(&run.json()), vec!["test.exec-low"]);
}

#[test]
fn semgrep_severity_names_are_accepted_by_fail_on() {
    let p = project();
    p.run(&args(&["src", "--fail-on", "ERROR"])).expect_code(1);
}

#[test]
fn unknown_flag_exits_2() {
    let p = project();
    let run = p.run(&args(&["--frobnicate", "src"]));
    run.expect_code(2);
    assert!(run.stderr.contains("--frobnicate"), "{}", run.stderr);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
}

#[test]
fn unknown_subcommand_exits_2() {
    let p = project();
    let run = p.run(&["frobnicate"]);
    run.expect_code(2);
    assert!(run.stderr.contains("frobnicate"), "{}", run.stderr);
}

#[test]
fn bad_fail_on_value_exits_2_and_names_the_flag() {
    let p = project();
    let run = p.run(&args(&["src", "--fail-on", "severe"]));
    run.expect_code(2);
    assert!(run.stderr.contains("--fail-on"), "{}", run.stderr);
    assert!(run.stderr.contains("severe"), "{}", run.stderr);
}

#[test]
fn bad_min_severity_value_exits_2() {
    let p = project();
    let run = p.run(&args(&["src", "--min-severity", "loud"]));
    run.expect_code(2);
    assert!(run.stderr.contains("--min-severity"), "{}", run.stderr);
}

#[test]
fn bad_format_value_exits_2() {
    let p = project();
    let run = p.run(&args(&["src", "--format", "yaml"]));
    run.expect_code(2);
    assert!(run.stderr.contains("yaml"), "{}", run.stderr);
}

#[test]
fn nonexistent_path_exits_2_and_names_it() {
    let p = project();
    let run = p.run(&args(&["no/such/dir-xyz"]));
    run.expect_code(2);
    assert!(run.stderr.contains("no/such/dir-xyz"), "{}", run.stderr);
}

#[test]
fn nonexistent_path_next_to_a_real_one_still_exits_2() {
    let p = project();
    let run = p.run(&args(&["src", "missing-xyz.py"]));
    run.expect_code(2);
    assert!(run.stderr.contains("missing-xyz.py"), "{}", run.stderr);
}

#[test]
fn bad_lang_exits_2_and_names_the_setting() {
    let p = project();
    let run = p.run_stdin(&args(&["-", "--lang", "cobol"]), "x = 1\n");
    run.expect_code(2);
    assert!(run.stderr.contains("--lang"), "{}", run.stderr);
    assert!(run.stderr.contains("cobol"), "{}", run.stderr);
}

#[test]
fn lang_without_stdin_exits_2() {
    let p = project();
    let run = p.run(&args(&["src", "--lang", "python"]));
    run.expect_code(2);
    assert!(run.stderr.contains("--lang"), "{}", run.stderr);
    assert!(run.stderr.contains('-'), "{}", run.stderr);
    let run = p.run(&args(&["src", "--filename", "x.py"]));
    run.expect_code(2);
    assert!(run.stderr.contains("--filename"), "{}", run.stderr);
}

#[test]
fn stdin_twice_exits_2() {
    let p = project();
    let run = p.run_stdin(&args(&["-", "-", "--lang", "python"]), "x = 1\n");
    run.expect_code(2);
    assert!(run.stderr.contains("`-`"), "{}", run.stderr);
}

#[test]
fn bad_exclude_glob_exits_2_and_names_it() {
    let p = project();
    let run = p.run(&args(&["src", "--exclude", "{unclosed"]));
    run.expect_code(2);
    assert!(run.stderr.contains("{unclosed"), "{}", run.stderr);
}

#[test]
fn unwritable_output_exits_2_and_names_the_file() {
    let p = project();
    let run = p.run(&args(&["src", "-o", "no-such-dir/out.json"]));
    run.expect_code(2);
    assert!(run.stderr.contains("no-such-dir/out.json"), "{}", run.stderr);
}

#[test]
fn disabling_every_rule_exits_2() {
    let p = project();
    let run = p.run(&args(&["src", "--disable", "test.*"]));
    run.expect_code(2);
    assert!(run.stderr.contains("no rules to run"), "{}", run.stderr);
}

#[test]
fn help_and_version_exit_0_on_stdout() {
    let p = project();
    let run = p.run(&["--help"]);
    run.expect_code(0);
    assert!(run.stdout.contains("scan"), "{}", run.stdout);
    let run = p.run(&["--version"]);
    run.expect_code(0);
    assert_eq!(run.stdout.trim(), format!("vigil {}", env!("CARGO_PKG_VERSION")));
}

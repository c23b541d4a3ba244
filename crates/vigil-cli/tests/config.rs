//! `vigil.toml`: discovered from the scan root's ancestors, `[rules]
//! disable`, `[report] fail-on`, unknown keys are errors, `--no-config`,
//! `--config`.

mod common;

use common::{Project, OWN_RULES};

fn project(config: &str) -> Project {
    let p = Project::with_rules();
    p.write("proj/vigil.toml", config);
    p.write("proj/sub/deeper/t.py", "x = eval(a)\nexec(b)\n");
    p
}

fn scan(p: &Project, extra: &[&str]) -> common::Run {
    let mut args: Vec<&str> = vec!["scan"];
    args.extend(OWN_RULES);
    args.extend(["--format", "json"]);
    args.extend(extra);
    p.run(&args)
}

#[test]
fn disable_in_an_ancestor_config_turns_a_rule_off() {
    let p = project("[rules]\ndisable = [\"test.eval\"]\n");
    let run = scan(&p, &["proj/sub/deeper"]);
    run.expect_code(1);
    let r = run.json();
    assert_eq!(common::rule_ids(&r), vec!["test.exec-low"]);
    assert_eq!(r["stats"]["rules_run"], 1);
    // Found from a file's directory too.
    let run = scan(&p, &["proj/sub/deeper/t.py"]);
    assert_eq!(common::rule_ids(&run.json()), vec!["test.exec-low"]);
}

#[test]
fn disable_by_cwe_selector() {
    let p = project("[rules]\ndisable = [\"CWE-95\"]\n");
    let run = scan(&p, &["proj/sub"]);
    assert_eq!(common::rule_ids(&run.json()), vec!["test.exec-low"]);
}

#[test]
fn no_config_ignores_it() {
    let p = project("[rules]\ndisable = [\"test.eval\"]\n");
    let run = scan(&p, &["proj/sub", "--no-config"]);
    run.expect_code(1);
    assert_eq!(common::rule_ids(&run.json()), vec!["test.eval", "test.exec-low"]);
}

#[test]
fn a_config_beside_a_sibling_is_not_used() {
    let p = project("[rules]\ndisable = [\"test.eval\"]\n");
    p.write("other/t.py", "x = eval(a)\n");
    let run = scan(&p, &["other"]);
    assert_eq!(common::rule_ids(&run.json()), vec!["test.eval"]);
}

#[test]
fn the_nearest_config_wins() {
    let p = project("[rules]\ndisable = [\"test.eval\"]\n");
    p.write("proj/sub/vigil.toml", "[rules]\ndisable = [\"test.exec-low\"]\n");
    let run = scan(&p, &["proj/sub/deeper"]);
    assert_eq!(common::rule_ids(&run.json()), vec!["test.eval"]);
}

#[test]
fn fail_on_from_the_config() {
    // Only the LOW finding remains; with fail-on = "high" it does not fail.
    let p = project("[rules]\ndisable = [\"test.eval\"]\n[report]\nfail-on = \"high\"\n");
    let run = scan(&p, &["proj/sub"]);
    run.expect_code(0);
    assert_eq!(common::rule_ids(&run.json()), vec!["test.exec-low"]);
    // The flag overrides the file.
    scan(&p, &["proj/sub", "--fail-on", "low"]).expect_code(1);

    let p = project("[report]\nfail-on = \"critical\"\n");
    scan(&p, &["proj/sub"]).expect_code(0);
    let p = project("[report]\nfail-on = \"high\"\n");
    scan(&p, &["proj/sub"]).expect_code(1);
}

#[test]
fn min_severity_from_the_config() {
    let p = project("[report]\nmin-severity = \"medium\"\n");
    let run = scan(&p, &["proj/sub"]);
    run.expect_code(1);
    assert_eq!(common::rule_ids(&run.json()), vec!["test.eval"]);
}

#[test]
fn scan_settings_from_the_config() {
    let p = project("[scan]\nexclude = [\"deeper/\"]\n");
    p.write("proj/sub/kept.py", "exec(z)\n");
    let run = scan(&p, &["proj/sub"]);
    let paths: Vec<String> = common::locations(&run.json()).into_iter().map(|l| l.1).collect();
    assert_eq!(paths, vec!["proj/sub/kept.py"]);
}

#[test]
fn unknown_key_exits_2_and_names_the_file() {
    let p = project("[report]\nfail_on = \"high\"\n");
    let run = scan(&p, &["proj/sub"]);
    run.expect_code(2);
    assert!(run.stderr.contains("vigil.toml"), "{}", run.stderr);
    assert!(run.stderr.contains("proj"), "names the directory: {}", run.stderr);
    assert!(run.stderr.contains("fail_on"), "{}", run.stderr);
    assert_eq!(run.stdout, "");
    // `--no-config` skips the broken file.
    scan(&p, &["proj/sub", "--no-config"]).expect_code(1);
}

#[test]
fn unknown_section_and_bad_values_exit_2() {
    let p = project("[scaner]\nexclude = []\n");
    let run = scan(&p, &["proj/sub"]);
    run.expect_code(2);
    assert!(run.stderr.contains("vigil.toml") && run.stderr.contains("scaner"), "{}", run.stderr);

    let p = project("[report]\nfail-on = \"severe\"\n");
    let run = scan(&p, &["proj/sub"]);
    run.expect_code(2);
    assert!(run.stderr.contains("vigil.toml") && run.stderr.contains("severe"), "{}", run.stderr);

    let p = project("this is = not [toml\n");
    let run = scan(&p, &["proj/sub"]);
    run.expect_code(2);
    assert!(run.stderr.contains("vigil.toml"), "{}", run.stderr);
}

#[test]
fn explicit_config_file() {
    let p = project("[rules]\ndisable = [\"test.exec-low\"]\n");
    p.write("alt.toml", "[rules]\ndisable = [\"test.eval\"]\n");
    let run = scan(&p, &["proj/sub", "--config", "alt.toml"]);
    assert_eq!(common::rule_ids(&run.json()), vec!["test.exec-low"]);
    let run = scan(&p, &["proj/sub", "--config", "missing.toml"]);
    run.expect_code(2);
    assert!(run.stderr.contains("missing.toml"), "{}", run.stderr);
    // --config and --no-config contradict each other.
    scan(&p, &["proj/sub", "--config", "alt.toml", "--no-config"]).expect_code(2);
}

#[test]
fn rule_paths_in_the_config_are_relative_to_it() {
    let p = Project::new();
    p.write("proj/security/rules.yaml", common::RULES);
    p.write("proj/vigil.toml", "[rules]\nbuiltin = false\npaths = [\"security\"]\n");
    p.write("proj/app/t.py", "x = eval(a)\n");
    let run = p.run(&["scan", "proj/app", "--format", "json"]);
    run.expect_code(1);
    let r = run.json();
    assert_eq!(common::rule_ids(&r), vec!["test.eval"]);
    assert_eq!(r["stats"]["rules_run"], 2);
}

#[test]
fn stdin_discovers_the_config_from_the_working_directory() {
    let p = Project::with_rules();
    p.write("vigil.toml", "[rules]\ndisable = [\"test.eval\"]\n");
    let mut args: Vec<&str> = vec!["scan"];
    args.extend(OWN_RULES);
    args.extend(["-", "--lang", "python", "--format", "json"]);
    let run = p.run_stdin(&args, "eval(a)\nexec(b)\n");
    assert_eq!(common::rule_ids(&run.json()), vec!["test.exec-low"]);
}

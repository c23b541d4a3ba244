//! Inline suppression: `vigil-ignore: RULE reason` and `nosemgrep`, on the
//! line or the line above; other rule ids do not suppress.

mod common;

use common::{loc, Project, OWN_RULES};

fn scan(p: &Project, path: &str) -> serde_json::Value {
    let mut args: Vec<&str> = vec!["scan"];
    args.extend(OWN_RULES);
    args.extend([path, "--format", "json"]);
    let run = p.run(&args);
    assert!(run.code() == 0 || run.code() == 1, "{}", run.stderr);
    run.json()
}

#[test]
fn vigil_ignore_on_the_line() {
    let p = Project::with_rules();
    p.write("s.py", "a = eval(x)  # vigil-ignore: test.eval x is a constant\n");
    let r = scan(&p, "s.py");
    assert_eq!(r["findings"], serde_json::json!([]));
    assert_eq!(r["stats"]["suppressed"], 1);
    assert_eq!(r["stats"]["findings"], 0);
}

#[test]
fn vigil_ignore_on_the_line_above() {
    let p = Project::with_rules();
    p.write("s.py", "def f(x):\n    # vigil-ignore: test.eval reviewed, x is trusted\n    return eval(x)\n");
    let r = scan(&p, "s.py");
    assert_eq!(r["findings"], serde_json::json!([]));
    assert_eq!(r["stats"]["suppressed"], 1);
}

#[test]
fn suppression_exits_0_when_everything_is_suppressed() {
    let p = Project::with_rules();
    p.write("s.py", "a = eval(x)  # vigil-ignore: test.eval constant\n");
    let mut args: Vec<&str> = vec!["scan"];
    args.extend(OWN_RULES);
    args.push("s.py");
    let run = p.run(&args);
    run.expect_code(0);
    assert!(run.stdout.contains("1 suppressed"), "{}", run.stdout);
}

#[test]
fn nosemgrep_with_and_without_ids() {
    let p = Project::with_rules();
    p.write(
        "s.py",
        "a = eval(x)  # nosemgrep\n\
         \n\
         # nosemgrep: test.eval\n\
         b = eval(y)\n\
         \n\
         c = eval(z)  # nosemgrep: test.eval\n",
    );
    let r = scan(&p, "s.py");
    assert_eq!(r["findings"], serde_json::json!([]));
    assert_eq!(r["stats"]["suppressed"], 3);
}

#[test]
fn a_different_rule_id_does_not_suppress() {
    let p = Project::with_rules();
    p.write(
        "s.py",
        "a = eval(x)  # vigil-ignore: other.rule not this one\n\
         \n\
         # nosemgrep: test.exec-low\n\
         b = eval(y)\n\
         \n\
         exec(c)  # vigil-ignore: test.eval wrong rule\n",
    );
    let r = scan(&p, "s.py");
    assert_eq!(
        common::locations(&r),
        vec![loc("test.eval", "s.py", 1, 5), loc("test.eval", "s.py", 4, 5), loc("test.exec-low", "s.py", 6, 1),]
    );
    assert_eq!(r["stats"]["suppressed"], 0);
}

#[test]
fn one_comment_can_name_several_rules_or_a_prefix() {
    let p = Project::with_rules();
    p.write(
        "s.py",
        "exec(eval(x))  # vigil-ignore: test.eval, test.exec-low both reviewed\n\
         \n\
         exec(eval(y))  # vigil-ignore: test.* all reviewed\n",
    );
    let r = scan(&p, "s.py");
    assert_eq!(r["findings"], serde_json::json!([]));
    assert_eq!(r["stats"]["suppressed"], 4);
}

#[test]
fn vigil_ignore_without_a_rule_id_does_not_suppress() {
    let p = Project::with_rules();
    p.write("s.py", "a = eval(x)  # vigil-ignore\n");
    let r = scan(&p, "s.py");
    assert_eq!(common::locations(&r), vec![loc("test.eval", "s.py", 1, 5)]);
    assert_eq!(r["stats"]["suppressed"], 0);
}

#[test]
fn a_suppression_two_lines_above_does_not_apply() {
    let p = Project::with_rules();
    p.write("s.py", "# vigil-ignore: test.eval reviewed\nx = 1\ny = eval(z)\n");
    let r = scan(&p, "s.py");
    assert_eq!(common::locations(&r), vec![loc("test.eval", "s.py", 3, 5)]);
}

/// A trailing `# nosemgrep` (or `vigil-ignore`) after code on one line also
/// hides a finding on the NEXT line, because every directive applies "to its
/// line and the line above" regardless of whether it stands alone. Semgrep
/// applies a previous-line `nosemgrep` only when the comment is alone on its
/// line (`hello(); // nosemgrep` does not cover the next line), so a reviewed
/// line silently hides an unreviewed one below it.
#[test]
fn a_trailing_suppression_does_not_cover_the_next_line() {
    let p = Project::with_rules();
    p.write(
        "s.py",
        "a = eval(x)  # nosemgrep\n\
         b = eval(y)\n\
         \n\
         c = eval(x)  # vigil-ignore: test.eval c is reviewed\n\
         d = eval(w)\n",
    );
    let r = scan(&p, "s.py");
    assert_eq!(common::locations(&r), vec![loc("test.eval", "s.py", 2, 5), loc("test.eval", "s.py", 5, 5)]);
    assert_eq!(r["stats"]["suppressed"], 2);
}

#[test]
fn suppression_inside_a_markdown_answer() {
    let p = Project::with_rules();
    let answer = "Code:\n\n```python\n# vigil-ignore: test.eval trusted\nx = eval(a)\ny = eval(b)\n```\n";
    let mut args: Vec<&str> = vec!["scan"];
    args.extend(OWN_RULES);
    args.extend(["-", "--format", "json"]);
    let run = p.run_stdin(&args, answer);
    let r = run.json();
    assert_eq!(common::locations(&r), vec![loc("test.eval", "<stdin>", 6, 5)]);
    assert_eq!(r["stats"]["suppressed"], 1);
}

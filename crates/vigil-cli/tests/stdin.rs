//! Standard input: `-` with `--lang`, with `--filename`, and a Markdown chat
//! answer whose findings point into the answer text.

mod common;

use common::{loc, locations, Project, OWN_RULES};

fn scan_stdin(p: &Project, extra: &[&str], input: &str) -> common::Run {
    let mut args: Vec<&str> = vec!["scan"];
    args.extend(OWN_RULES);
    args.push("-");
    args.extend(extra);
    args.extend(["--format", "json"]);
    p.run_stdin(&args, input)
}

#[test]
fn stdin_with_lang() {
    let p = Project::with_rules();
    let run = scan_stdin(&p, &["--lang", "python"], "import os\n\ny = eval(q)\n");
    run.expect_code(1);
    let report = run.json();
    assert_eq!(locations(&report), vec![loc("test.eval", "<stdin>", 3, 5)]);
    let f = &report["findings"][0];
    assert_eq!(f["language"], "python");
    assert_eq!(f["end"]["line"], 3);
    assert_eq!(f["end"]["column"], 12);
    assert_eq!(f["start"]["byte"], 15);
    assert_eq!(f["end"]["byte"], 22);
    assert_eq!(f["matched_text"], "eval(q)");
    assert_eq!(f["message"], "eval of q");
    assert_eq!(report["stats"]["files_scanned"], 1);
    assert_eq!(report["stats"]["bytes_scanned"], 23);
}

#[test]
fn stdin_lang_alias() {
    let p = Project::with_rules();
    let run = scan_stdin(&p, &["--lang", "py"], "eval(q)\n");
    run.expect_code(1);
    assert_eq!(locations(&run.json()), vec![loc("test.eval", "<stdin>", 1, 1)]);
}

#[test]
fn stdin_with_filename_names_path_and_language() {
    let p = Project::with_rules();
    let run = scan_stdin(&p, &["--filename", "pkg/x.py"], "a = 1\nb = eval(c)\n");
    run.expect_code(1);
    let report = run.json();
    assert_eq!(locations(&report), vec![loc("test.eval", "pkg/x.py", 2, 5)]);
    assert_eq!(report["findings"][0]["language"], "python");
}

#[test]
fn stdin_lang_other_than_the_rules_finds_nothing() {
    let p = Project::with_rules();
    // Python rules do not run on JavaScript.
    let run = scan_stdin(&p, &["--lang", "javascript"], "eval(q);\n");
    run.expect_code(0);
    assert_eq!(run.json()["findings"], serde_json::json!([]));
}

#[test]
fn markdown_chat_answer_on_stdin_points_into_the_answer() {
    let p = Project::with_rules();
    let answer = "Sure! Here is how to evaluate the expression:\n\
                  \n\
                  ```python\n\
                  import os\n\
                  \n\
                  def run(user):\n\
                  \x20   return eval(user)\n\
                  ```\n\
                  \n\
                  And some shell:\n\
                  \n\
                  ```bash\n\
                  eval(x)\n\
                  ```\n\
                  \n\
                  Then call `exec(code)` in prose, which is not code.\n";
    let run = scan_stdin(&p, &[], answer);
    run.expect_code(1);
    let report = run.json();
    // Line 7 of the answer is `    return eval(user)`; the python rule does
    // not run on the bash block or the prose.
    assert_eq!(locations(&report), vec![loc("test.eval", "<stdin>", 7, 12)]);
    let f = &report["findings"][0];
    assert_eq!(f["language"], "python");
    assert_eq!(f["lines"], serde_json::json!(["    return eval(user)"]));
    // Byte offsets point into the answer, not the block.
    let start = f["start"]["byte"].as_u64().unwrap() as usize;
    let end = f["end"]["byte"].as_u64().unwrap() as usize;
    assert_eq!(&answer[start..end], "eval(user)");
}

#[test]
fn markdown_answer_with_untagged_fence_guesses_python() {
    let p = Project::with_rules();
    let answer = "Try this:\n\n```\nimport yaml\ndef f(s):\n    return eval(s)\n```\n";
    let run = scan_stdin(&p, &[], answer);
    run.expect_code(1);
    assert_eq!(locations(&run.json()), vec![loc("test.eval", "<stdin>", 6, 12)]);
}

#[test]
fn binary_stdin_is_skipped_not_scanned() {
    let p = Project::with_rules();
    let run = scan_stdin(&p, &["--lang", "python"], "eval(a)\0\0\0");
    run.expect_code(0);
    let report = run.json();
    assert_eq!(common::skips(&report), vec![("<stdin>".to_string(), "binary".to_string())]);
    assert_eq!(report["stats"]["files_scanned"], 0);
}

#[test]
fn stdin_and_a_directory_together() {
    let p = Project::with_rules();
    p.write("dir/a.py", "exec(z)\n");
    let mut args: Vec<&str> = vec!["scan"];
    args.extend(OWN_RULES);
    args.extend(["dir", "-", "--lang", "python", "--format", "json"]);
    let run = p.run_stdin(&args, "eval(q)\n");
    run.expect_code(1);
    let report = run.json();
    // Findings are sorted by path: `<stdin>` sorts before `dir/`.
    assert_eq!(locations(&report), vec![loc("test.eval", "<stdin>", 1, 1), loc("test.exec-low", "dir/a.py", 1, 1),]);
    assert_eq!(report["stats"]["files_scanned"], 2);
}

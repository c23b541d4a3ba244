//! No crash, hang or panic on hostile inputs: invalid UTF-8, 100,000 nested
//! brackets, a 1 MB line, empty files, NUL bytes, and a closed stdout. Every
//! run is bounded by the helper's 60-second timeout (polled with
//! `try_wait`, killed on expiry).

mod common;

use std::process::Stdio;

use common::Project;

const DEPTH: usize = 100_000;

/// A rule for every language with a grammar, so the hostile files are
/// parsed and matched, not just read.
const ROBUST_RULES: &str = r#"rules:
  - id: robust.eval
    languages: [python, javascript, typescript, c, cpp, java, go, php, ruby, rust, csharp]
    severity: HIGH
    message: eval of $X
    pattern: eval($X)
"#;

const OWN: [&str; 3] = ["--no-builtin", "--rules", "robust.yaml"];

/// `h/deep`: deep nesting, which is the expensive part; `h/text`: encodings,
/// long lines, odd line endings, NULs, empty files, hostile Markdown.
fn hostile_project() -> Project {
    let p = Project::with_rules();
    p.write("robust.yaml", ROBUST_RULES);
    // Analyse everything: no minified or size skips, so the parsers and the
    // matcher see the long lines.
    p.write("vigil.toml", "[scan]\nskip-minified = false\nmax-file-size = 20000000\n");
    let open = "(".repeat(DEPTH);
    let close = ")".repeat(DEPTH);
    for ext in ["py", "js", "c"] {
        p.write(&format!("h/deep/nest.{ext}"), format!("x = eval({open}1{close});\n"));
    }
    p.write("h/deep/brackets.py", format!("x = eval({}{})\n", "[".repeat(DEPTH), "]".repeat(DEPTH)));
    p.write("h/deep/unclosed.py", format!("x = eval({open}\n"));
    p.write("h/deep/closers.py", format!("x = eval(1){close}\n"));
    p.write("h/deep/expr.py", format!("x = eval({}1)\n", "1+".repeat(50_000)));
    p.write("h/deep/blocks.js", format!("eval(a);\n{}{}\n", "function f(){".repeat(5_000), "}".repeat(5_000)));
    p.write("h/deep/deep_if.py", {
        let mut s = String::new();
        for i in 0..500 {
            s.push_str(&" ".repeat(i));
            s.push_str("if a:\n");
        }
        s.push_str(&" ".repeat(500));
        s.push_str("eval(x)\n");
        s
    });

    // A 1 MB line.
    p.write("h/text/long.py", format!("x = eval(\"{}\")\n", "a".repeat(1_000_000)));
    p.write("h/text/long.js", format!("var a = eval(\"{}\");\n", "b".repeat(1_000_000)));
    p.write("h/text/invalid_utf8.py", b"x = \"\xff\xfe\xc3(\xed\xa0\x80\"\ny = eval(z)\n\xc0\xaf\n".as_slice());
    p.write("h/text/bad_utf8_only.js", [0xffu8, 0xfe, 0xfd, b'\n'].repeat(1000));
    p.write("h/text/empty.py", "");
    p.write("h/text/empty.md", "");
    p.write("h/text/newlines.py", "\n".repeat(DEPTH));
    p.write("h/text/crlf.py", "x = 1\r\ny = eval(z)\r\n\r");
    p.write("h/text/lone_cr.py", "x = 1\ry = eval(z)\r");
    p.write("h/text/nul.py", b"eval(a)\0\0\0\n".as_slice());
    p.write("h/text/nul_late.py", [b"x = 1\n".repeat(2000), b"\0eval(a)\n".to_vec()].concat());
    p.write("h/text/bom.py", b"\xef\xbb\xbfy = eval(z)\n".as_slice());
    p.write("h/text/utf16.py", {
        let mut b = vec![0xff, 0xfe];
        for u in "y = eval(z)\n".encode_utf16() {
            b.extend(u.to_le_bytes());
        }
        b
    });
    p.write("h/text/answer.md", format!("```python\neval({open}\n```\n\n```\n{close}\n```\n```js\n"));
    p.write("h/text/fences.md", "```python\neval(a)\n".repeat(300));
    p.write("h/text/ctrl.py", "x = '\x1b]0;title\x07\u{202e}'; y = eval(z)\n");
    p
}

fn assert_no_crash(run: &common::Run, what: &str) {
    let code = run.code();
    assert!(code == 0 || code == 1, "{what}: exit code {code}\nstderr:\n{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{what}:\n{}", run.stderr);
}

fn scan(p: &Project, rules: &[&str], extra: &[&str]) -> common::Run {
    let mut args: Vec<&str> = vec!["scan"];
    args.extend(rules);
    args.extend(extra);
    p.run(&args)
}

#[test]
fn hostile_files_in_a_directory() {
    let p = hostile_project();
    let run = scan(&p, &OWN, &["h", "--format", "json"]);
    assert_no_crash(&run, "directory scan");
    let r = run.json();
    let found: Vec<String> = common::locations(&r).into_iter().map(|l| format!("{}:{}:{}", l.1, l.2, l.3)).collect();
    // Still correct on the inputs that make sense.
    for want in [
        "h/deep/nest.py:1:5",
        "h/deep/nest.js:1:5",
        "h/deep/nest.c:1:5",
        "h/deep/brackets.py:1:5",
        "h/deep/expr.py:1:5",
        "h/deep/deep_if.py:501:501",
        "h/text/long.py:1:5",
        "h/text/long.js:1:9",
        "h/text/invalid_utf8.py:2:5",
        "h/text/crlf.py:2:5",
        "h/text/bom.py:1:5",
        "h/text/utf16.py:1:5",
        "h/text/ctrl.py:1:24",
    ] {
        assert!(found.iter().any(|f| f == want), "missing {want} in {found:?}");
    }
    let skipped = common::skips(&r);
    assert!(skipped.contains(&("h/text/nul.py".to_string(), "binary".to_string())), "{skipped:?}");
    // A NUL past the 8 KB binary sample does not make a file binary.
    assert!(found.iter().any(|f| f == "h/text/nul_late.py:2001:2"), "{found:?}");
    assert_eq!(found.iter().filter(|f| f.starts_with("h/text/fences.md:")).count(), 300);
}

#[test]
fn hostile_text_files_in_every_format() {
    let p = hostile_project();
    for format in ["text", "json", "sarif", "markdown"] {
        // Without answer.md, whose deep nesting costs time and is covered
        // above: this is about rendering long lines and odd bytes.
        let run = scan(&p, &OWN, &["h/text", "--exclude", "answer.md", "--format", format]);
        assert_no_crash(&run, format);
        assert!(!run.stdout.contains('\x1b') || format != "text", "raw escapes from files in text output");
    }
}

#[test]
fn hostile_text_files_with_the_builtin_rules_too() {
    let p = hostile_project();
    // answer.md holds `eval(` and 100,000 parentheses, which overflows the
    // stack with the built-in eval rule: see the ignored test below.
    let run = p.run(&["scan", "h/text", "--exclude", "answer.md", "--format", "json"]);
    assert_no_crash(&run, "built-in rules");
    run.json();
}

/// Rules using a string pattern (`pattern-not: eval("...")`, as in the
/// built-in `python.lang.eval-non-literal`) or a deep expression
/// (`<... 1 ...>`) overflow the stack on `eval(((...(1)...)))` with 10,000
/// nested parentheses: `Matcher::node` in crates/vigil-pattern/src/matcher.rs
/// recurses once per `parenthesized_expression` it unwraps, and `PNode::Deep`
/// recurses once per level, with no depth limit. The process aborts with
/// SIGABRT ("thread 'main' has overflowed its stack"); 3,000 levels pass.
/// With the built-in rules, `vigil scan` aborts on such a file with no
/// custom rule at all.
#[test]
fn deeply_nested_parentheses_do_not_overflow_the_stack() {
    let p = Project::new();
    p.write(
        "not_string.yaml",
        "rules:\n  - id: t.not-string\n    languages: [python]\n    severity: HIGH\n    message: m\n    patterns:\n      - pattern: eval($X)\n      - pattern-not: eval(\"...\")\n",
    );
    p.write(
        "deep.yaml",
        "rules:\n  - id: t.deep\n    languages: [python]\n    severity: HIGH\n    message: m\n    pattern: eval(<... 1 ...>)\n",
    );
    // One parenthesis a line, so the file is not skipped as minified.
    let depth = 10_000;
    let code = format!("x = eval({}1{})\n", "(\n".repeat(depth), ")\n".repeat(depth));
    p.write("n.py", &code);
    for (rules, id) in [("not_string.yaml", "t.not-string"), ("deep.yaml", "t.deep")] {
        let run = p.run(&["scan", "--no-builtin", "--rules", rules, "n.py", "--format", "json"]);
        assert_no_crash(&run, rules);
        assert_eq!(common::locations(&run.json()), vec![common::loc(id, "n.py", 1, 5)]);
        let run = p
            .run_stdin(&["scan", "--no-builtin", "--rules", rules, "-", "--lang", "python", "--format", "json"], &code);
        assert_no_crash(&run, rules);
    }
    // The same file with the built-in rules.
    let run = p.run(&["scan", "n.py", "--format", "json"]);
    assert_no_crash(&run, "built-in rules");
}

#[test]
fn hostile_input_on_stdin() {
    let p = Project::new();
    p.write("robust.yaml", ROBUST_RULES);
    let inputs: Vec<(&str, Vec<u8>)> = vec![
        // One bracket a line, so the input is parsed (a single 100 KB line
        // would be skipped as minified).
        ("python", format!("x = eval({}1{})\n", "(\n".repeat(DEPTH), ")\n".repeat(DEPTH)).into_bytes()),
        ("javascript", format!("x = eval({}\n", "[\n".repeat(DEPTH)).into_bytes()),
        ("python", format!("x = eval({}\n", "(".repeat(DEPTH)).into_bytes()),
        ("python", format!("x = {}eval(a){}\n", "[".repeat(DEPTH), "]".repeat(DEPTH)).into_bytes()),
        ("javascript", format!("x = eval({});\n", "{".repeat(DEPTH)).into_bytes()),
        ("python", "a".repeat(1_000_000).into_bytes()),
        ("python", vec![]),
        ("python", b"\xc3\x28\xa0\xfd\nx = eval(y)\n".to_vec()),
        ("python", b"\0\0\0".to_vec()),
        ("c", format!("int x = eval({};", "(".repeat(DEPTH)).into_bytes()),
    ];
    for (i, (lang, input)) in inputs.into_iter().enumerate() {
        let run = p.run_stdin(
            &["scan", "--no-builtin", "--rules", "robust.yaml", "-", "--lang", lang, "--format", "json"],
            &input,
        );
        assert_no_crash(&run, &format!("stdin {lang}, {} bytes", input.len()));
        let found = common::locations(&run.json());
        // The deep multi-line input is analysed, not skipped; so is the
        // invalid UTF-8.
        match i {
            0 => assert_eq!(found, vec![common::loc("robust.eval", "<stdin>", 1, 5)]),
            7 => assert_eq!(found, vec![common::loc("robust.eval", "<stdin>", 2, 5)]),
            _ => {}
        }
    }
    // Without a language: a chat answer, garbage, and an empty input.
    for input in [
        format!("Sure:\n```python\neval({}\n```\n", "(".repeat(DEPTH)).into_bytes(),
        b"\xff\xfe\xfd garbage".to_vec(),
        Vec::new(),
        "```\n".repeat(10_000).into_bytes(),
    ] {
        let run = p.run_stdin(&["scan", "--no-builtin", "--rules", "robust.yaml", "-", "--format", "json"], &input);
        assert_no_crash(&run, "stdin without --lang");
        run.json();
    }
}

#[test]
fn stdin_over_the_size_limit_is_skipped() {
    let p = Project::with_rules();
    let input = "x = 1\n".repeat(2000);
    let run = p.run_stdin(
        &[
            "scan",
            "--no-builtin",
            "--rules",
            "rules.yaml",
            "-",
            "--lang",
            "python",
            "--max-file-size",
            "1000",
            "--format",
            "json",
        ],
        input,
    );
    assert_no_crash(&run, "oversized stdin");
    assert_eq!(common::skips(&run.json()), vec![("<stdin>".to_string(), "too-large".to_string())]);
}

#[test]
fn empty_directory_and_empty_file() {
    let p = Project::with_rules();
    std::fs::create_dir(p.join("empty")).unwrap();
    let run = p.run(&["scan", "--no-builtin", "--rules", "rules.yaml", "empty", "--format", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["stats"]["files_scanned"], 0);
    p.write("e.py", "");
    let run = p.run(&["scan", "--no-builtin", "--rules", "rules.yaml", "e.py", "--format", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["stats"]["files_scanned"], 1);
}

#[cfg(unix)]
#[test]
fn a_dangling_symlink_is_not_a_crash() {
    let p = Project::with_rules();
    p.write("d/ok.py", "eval(a)\n");
    std::os::unix::fs::symlink(p.join("d/missing.py"), p.join("d/dangling.py")).unwrap();
    std::os::unix::fs::symlink(p.join("d"), p.join("d/loop")).unwrap();
    let run = p.run(&["scan", "--no-builtin", "--rules", "rules.yaml", "d", "--format", "json"]);
    assert_no_crash(&run, "symlinks");
    assert_eq!(common::locations(&run.json()), vec![common::loc("test.eval", "d/ok.py", 1, 1)]);
}

/// Runs `vigil ARGS` with its standard output closed before it writes
/// anything (the read end of the pipe is dropped right after spawning, long
/// before the binary has loaded its rules), like `vigil rules | head -0`.
fn with_closed_stdout(p: &Project, args: &[&str]) -> (i32, String) {
    let mut child = common::command(p.path())
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn vigil");
    drop(child.stdout.take());
    let mut err_pipe = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut err_pipe, &mut s);
        s
    });
    let status = common::wait_with_timeout(&mut child, args);
    let stderr = reader.join().unwrap();
    let code = status.code().unwrap_or_else(|| panic!("killed by a signal: {status:?}\n{stderr}"));
    (code, stderr)
}

#[test]
fn scan_into_a_closed_pipe_is_not_a_crash() {
    let p = Project::with_rules();
    p.write("s/a.py", "x = eval(a)\n".repeat(2000));
    let (code, stderr) = with_closed_stdout(&p, &["scan", "--no-builtin", "--rules", "rules.yaml", "s"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// `vigil rules | head -1`, `vigil explain X | head` and `vigil test D | head`
/// panic with "failed printing to stdout: Broken pipe" and exit 101: the
/// `rules`, `explain` and `test` commands write with `println!`, which panics
/// on EPIPE (Rust ignores SIGPIPE), while `scan` handles BrokenPipe.
#[test]
fn listing_commands_into_a_closed_pipe_are_not_a_crash() {
    let p = Project::with_rules();
    p.write("t/r.yaml", common::RULES);
    p.write("t/r.py", "# ruleid: test.eval\neval(a)\n");
    for args in [
        vec!["rules", "--no-builtin", "--rules", "rules.yaml"],
        vec!["rules", "--no-builtin", "--rules", "rules.yaml", "--format", "json"],
        vec!["explain", "python.yaml.unsafe-load"],
        vec!["test", "t"],
    ] {
        let (code, stderr) = with_closed_stdout(&p, &args);
        assert!(!stderr.contains("panicked"), "{args:?}:\n{stderr}");
        assert_eq!(code, 0, "{args:?}:\n{stderr}");
    }
}

/// Reads the child's stdout, counting bytes without keeping them; kills the
/// child as soon as more than `limit` bytes arrive. Returns the byte count
/// and the exit status.
fn bounded_stdout(p: &Project, args: &[&str], limit: usize) -> (usize, Option<i32>) {
    let mut child = common::command(p.path())
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn vigil");
    let mut out = child.stdout.take().unwrap();
    let mut buf = vec![0u8; 1 << 16];
    let mut total = 0usize;
    let started = std::time::Instant::now();
    loop {
        let n = std::io::Read::read(&mut out, &mut buf).expect("read stdout");
        if n == 0 {
            break;
        }
        total += n;
        if total > limit || started.elapsed() > common::TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return (total, None);
        }
    }
    let status = common::wait_with_timeout(&mut child, args);
    (total, status.code())
}

/// An 88 KB Python file with default settings (not minified: its average
/// line is short) whose one long line holds 8,000 matches makes a report of
/// about 500 MB and takes ~40 s in a debug build: every finding carries the
/// whole source line (`lines` in JSON, the code frame in text,
/// `contextRegion.snippet` in SARIF) with no cap on its length, so the report
/// grows as matches x line length (up to 10,000 matches x a 2 MB line within
/// the default limits).
#[test]
fn many_matches_on_one_long_line_give_a_bounded_report() {
    let p = Project::with_rules();
    p.write("d/lc.py", format!("{}{}\n", "x = 1\n".repeat(4000), "eval(a);".repeat(8000)));
    for format in ["json", "text", "sarif"] {
        let (bytes, code) = bounded_stdout(
            &p,
            &["scan", "--no-config", "--no-builtin", "--rules", "rules.yaml", "d", "--format", format],
            64 << 20,
        );
        assert!(code == Some(1), "{format}: the report passed 64 MB ({bytes} bytes read) or vigil failed ({code:?})");
    }
}

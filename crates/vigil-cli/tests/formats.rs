//! Output formats: JSON (docs/OUTPUT-FORMATS.md schema), SARIF 2.1.0,
//! Markdown, text; `-o FILE`; colour only when asked for or on a terminal.

mod common;

use common::{loc, locations, Project, OWN_RULES};
use serde_json::{json, Value};

/// A rule with a fix, an OWASP category and a web reference.
const FIX_RULE: &str = r#"rules:
  - id: test.fixable
    languages: [python]
    severity: MEDIUM
    message: use safe_eval instead of eval
    metadata:
      cwe: ["CWE-95: Eval Injection"]
      owasp: ["A03:2021 - Injection"]
      references: ["https://example.com/eval-lesson"]
    pattern: eval($X)
    fix: safe_eval($X)
"#;

fn project() -> Project {
    let p = Project::with_rules();
    p.write("src/app.py", "import os\nx = eval(data)\nexec(code)\n");
    p.write("src/blob.py", b"\x00\x01binary\x00eval(a)\n");
    p
}

fn scan(p: &Project, extra: &[&str]) -> common::Run {
    let mut args: Vec<&str> = vec!["scan"];
    args.extend(OWN_RULES);
    args.extend(extra);
    p.run(&args)
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v.as_object().expect("an object").keys().map(String::as_str).collect();
    k.sort();
    k
}

#[test]
fn json_has_the_documented_schema_and_exact_values() {
    let p = project();
    let run = scan(&p, &["src", "--format", "json"]);
    run.expect_code(1);
    assert!(run.stdout.ends_with("}\n"), "one object and a newline");
    let r = run.json();
    assert_eq!(keys(&r), vec!["findings", "skipped", "stats", "tool", "version", "warnings"]);
    assert_eq!(r["version"], "1");
    assert_eq!(r["tool"]["name"], "vigil");
    assert_eq!(r["tool"]["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(r["warnings"], json!([]));

    assert_eq!(locations(&r), vec![loc("test.eval", "src/app.py", 2, 5), loc("test.exec-low", "src/app.py", 3, 1),]);
    let f = &r["findings"][0];
    for key in [
        "rule_id",
        "message",
        "severity",
        "confidence",
        "cwe",
        "owasp",
        "path",
        "language",
        "start",
        "end",
        "lines",
        "matched_text",
        "fix",
        "fingerprint",
        "help_uri",
    ] {
        assert!(f.get(key).is_some(), "finding lacks `{key}`: {f}");
    }
    assert_eq!(f["message"], "eval of data");
    assert_eq!(f["severity"], "high");
    assert_eq!(f["confidence"], "high");
    assert_eq!(f["cwe"], json!(["CWE-95"]));
    assert_eq!(f["owasp"], json!([]));
    assert_eq!(f["language"], "python");
    assert_eq!(f["start"], json!({"line": 2, "column": 5, "byte": 14}));
    assert_eq!(f["end"], json!({"line": 2, "column": 15, "byte": 24}));
    assert_eq!(f["lines"], json!(["x = eval(data)"]));
    assert_eq!(f["matched_text"], "eval(data)");
    assert_eq!(f["fix"], Value::Null);
    assert_eq!(f["help_uri"], Value::Null);
    let fp = f["fingerprint"].as_str().unwrap();
    assert_eq!(fp.len(), 32, "{fp}");
    assert!(fp.bytes().all(|b| b.is_ascii_hexdigit()), "{fp}");
    assert_eq!(r["findings"][1]["severity"], "low");

    assert_eq!(r["skipped"].as_array().unwrap().len(), 1);
    let s = &r["skipped"][0];
    assert_eq!(keys(s), vec!["description", "path", "reason"]);
    assert_eq!(s["path"], "src/blob.py");
    assert_eq!(s["reason"], "binary");

    let st = &r["stats"];
    assert_eq!(st["files_scanned"], 1);
    assert_eq!(st["bytes_scanned"], 36);
    assert_eq!(st["rules_run"], 2);
    assert_eq!(st["findings"], 2);
    assert_eq!(st["by_severity"], json!({"critical": 0, "high": 1, "medium": 0, "low": 1, "info": 0}));
    assert_eq!(st["skipped"], 1);
    assert_eq!(st["suppressed"], 0);
    assert_eq!(st["baselined"], 0);
    assert!(st["elapsed_ms"].is_u64(), "{st}");
}

#[test]
fn json_fix_help_uri_owasp_and_code_point_columns() {
    let p = Project::new();
    p.write("fix.yaml", FIX_RULE);
    p.write("src/u.py", "é = eval(x)\n");
    let run = p.run(&["scan", "--no-builtin", "--rules", "fix.yaml", "src", "--format", "json"]);
    run.expect_code(1);
    let r = run.json();
    let f = &r["findings"][0];
    // `é` is one code point but two bytes: column 5, byte 5.
    assert_eq!(f["start"], json!({"line": 1, "column": 5, "byte": 5}));
    assert_eq!(f["end"], json!({"line": 1, "column": 12, "byte": 12}));
    assert_eq!(f["owasp"], json!(["A03:2021 - Injection"]));
    assert_eq!(f["help_uri"], "https://example.com/eval-lesson");
    assert_eq!(f["fix"]["edits"], json!([{"start_byte": 5, "end_byte": 12, "replacement": "safe_eval(x)"}]));
    assert!(f["fix"]["description"].is_string());
}

#[test]
fn sarif_is_2_1_0_with_results_and_skip_notifications() {
    let p = project();
    let run = scan(&p, &["src", "--format", "sarif"]);
    run.expect_code(1);
    let s = run.json();
    assert_eq!(s["version"], "2.1.0");
    let runs = s["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let r = &runs[0];
    assert_eq!(r["columnKind"], "unicodeCodePoints");
    assert_eq!(r["tool"]["driver"]["name"], "vigil");
    let rule_ids: Vec<&str> =
        r["tool"]["driver"]["rules"].as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert!(rule_ids.contains(&"test.eval"), "{rule_ids:?}");

    let results = r["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    let got: Vec<(&str, &str, u64, u64)> = results
        .iter()
        .map(|res| {
            let pl = &res["locations"][0]["physicalLocation"];
            (
                res["ruleId"].as_str().unwrap(),
                pl["artifactLocation"]["uri"].as_str().unwrap(),
                pl["region"]["startLine"].as_u64().unwrap(),
                pl["region"]["startColumn"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(got, vec![("test.eval", "src/app.py", 2, 5), ("test.exec-low", "src/app.py", 3, 1)]);
    assert_eq!(results[0]["level"], "error");
    assert_eq!(results[1]["level"], "note");
    assert_eq!(results[0]["locations"][0]["physicalLocation"]["region"]["endColumn"], 15);
    // `ruleIndex` points at the descriptor of `ruleId`.
    for res in results {
        let i = res["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(r["tool"]["driver"]["rules"][i]["id"], res["ruleId"]);
        assert!(res["partialFingerprints"]["vigilFingerprint/v1"].is_string());
    }

    let inv = &r["invocations"][0];
    assert_eq!(inv["executionSuccessful"], true);
    let notes = inv["toolExecutionNotifications"].as_array().unwrap();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0]["level"], "note");
    assert_eq!(notes[0]["properties"]["skipReason"], "binary");
    assert_eq!(notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "src/blob.py");
}

#[test]
fn sarif_percent_encodes_uris_and_writes_fixes() {
    let p = Project::new();
    p.write("fix.yaml", FIX_RULE);
    p.write("src/naïve file.py", "é = eval(x)\n");
    let run = p.run(&["scan", "--no-builtin", "--rules", "fix.yaml", "src", "--format", "sarif"]);
    run.expect_code(1);
    let s = run.json();
    let res = &s["runs"][0]["results"][0];
    assert_eq!(res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "src/na%C3%AFve%20file.py");
    assert_eq!(res["level"], "warning");
    let rep = &res["fixes"][0]["artifactChanges"][0]["replacements"][0];
    assert_eq!(rep["deletedRegion"], json!({"byteOffset": 5, "byteLength": 7}));
    assert_eq!(rep["insertedContent"]["text"], "safe_eval(x)");
    let d = &s["runs"][0]["tool"]["driver"]["rules"][0];
    assert_eq!(d["helpUri"], "https://example.com/eval-lesson");
    assert_eq!(d["properties"]["security-severity"], "5.5");
    let tags: Vec<&str> = d["properties"]["tags"].as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect();
    assert_eq!(tags[0], "security");
    assert!(tags.contains(&"external/cwe/cwe-95"), "{tags:?}");
}

#[test]
fn markdown_contains_the_rule_id_and_a_heading() {
    let p = project();
    let run = scan(&p, &["src", "--format", "markdown"]);
    run.expect_code(1);
    assert!(run.stdout.contains("Vigil: 2 findings"), "{}", run.stdout);
    assert!(run.stdout.contains("`test.eval`"), "{}", run.stdout);
    assert!(run.stdout.contains("`test.exec-low`"), "{}", run.stdout);
    assert!(run.stdout.contains("`src/app.py:2`"), "{}", run.stdout);
    assert!(run.stdout.contains("src/blob.py"), "skipped file listed");

    p.write("clean/ok.py", "x = 1\n");
    let run = scan(&p, &["clean", "--format", "markdown"]);
    run.expect_code(0);
    assert!(run.stdout.contains("Vigil: no findings"), "{}", run.stdout);
}

#[test]
fn output_file_gets_the_report_and_stdout_stays_empty() {
    let p = project();
    let run = scan(&p, &["src", "--format", "json", "-o", "out/report.json"]);
    // A missing parent directory is an error...
    run.expect_code(2);
    std::fs::create_dir(p.join("out")).unwrap();
    let run = scan(&p, &["src", "--format", "json", "-o", "out/report.json"]);
    // ...and with it the exit code is still about the findings.
    run.expect_code(1);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("out/report.json"), "{}", run.stderr);
    let written: Value = serde_json::from_str(&p.read("out/report.json")).unwrap();
    assert_eq!(
        locations(&written),
        vec![loc("test.eval", "src/app.py", 2, 5), loc("test.exec-low", "src/app.py", 3, 1),]
    );

    let run = scan(&p, &["src", "--format", "sarif", "--output", "out/r.sarif"]);
    run.expect_code(1);
    let sarif: Value = serde_json::from_str(&p.read("out/r.sarif")).unwrap();
    assert_eq!(sarif["version"], "2.1.0");

    let run = scan(&p, &["src", "-o", "out/r.txt"]);
    run.expect_code(1);
    assert_eq!(run.stdout, "");
    let text = p.read("out/r.txt");
    assert!(text.contains("high  test.eval  src/app.py:2:5"), "{text}");
    assert!(!text.contains('\x1b'), "no colour in a file: {text:?}");
}

#[test]
fn text_layout_and_summary() {
    let p = project();
    let run = scan(&p, &["src"]);
    run.expect_code(1);
    let out = &run.stdout;
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "high  test.eval  src/app.py:2:5");
    assert_eq!(lines[1], "  eval of data");
    assert_eq!(lines[2], "  2 | x = eval(data)");
    assert_eq!(lines[3], "    |     ^^^^^^^^^^");
    assert!(out.contains("low  test.exec-low  src/app.py:3:1"), "{out}");
    assert!(out.contains("skipped  src/blob.py  (binary file)"), "{out}");
    let summary = lines.last().unwrap();
    assert!(
        summary.starts_with("2 findings (1 high, 1 low) in 1 file scanned, 1 skipped, 0 suppressed, 0 baselined, in "),
        "{summary}"
    );
    assert!(summary.ends_with(" ms"), "{summary}");
}

#[test]
fn text_has_no_escapes_when_piped_and_has_them_with_color_always() {
    let p = project();
    let run = scan(&p, &["src"]);
    assert!(!run.stdout.contains('\x1b'), "{:?}", run.stdout);
    let run = scan(&p, &["src", "--color", "auto"]);
    assert!(!run.stdout.contains('\x1b'), "{:?}", run.stdout);
    let run = scan(&p, &["src", "--color", "always"]);
    run.expect_code(1);
    assert!(run.stdout.contains("\x1b["), "{:?}", run.stdout);
    let run = scan(&p, &["src", "--color", "never"]);
    assert!(!run.stdout.contains('\x1b'), "{:?}", run.stdout);
    // Colour never leaks into machine formats.
    let run = scan(&p, &["src", "--color", "always", "--format", "json"]);
    assert!(!run.stdout.contains('\x1b'), "{:?}", run.stdout);
    run.json();
}

#[test]
fn no_color_env_turns_auto_colour_off() {
    let p = project();
    let run =
        p.run_env(&["scan", "--no-builtin", "--rules", "rules.yaml", "src", "--color", "auto"], &[("NO_COLOR", "1")]);
    run.expect_code(1);
    assert!(!run.stdout.contains('\x1b'), "{:?}", run.stdout);
}

/// Runs `vigil ARGS` on a pseudo-terminal through util-linux `script`, so
/// `--color auto` sees a terminal. `None` when `script` is not available.
#[cfg(unix)]
fn on_a_terminal(p: &Project, args: &str, no_color: bool) -> Option<String> {
    use std::process::{Command, Stdio};
    let probe = Command::new("script")
        .args(["-q", "-e", "-c", "true", "/dev/null"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if !matches!(probe, Ok(s) if s.success()) {
        eprintln!("`script` is not available: skipping the terminal check");
        return None;
    }
    let mut cmd = Command::new("script");
    cmd.args(["-q", "-e", "-c"])
        .arg(format!("{} {args}", common::bin()))
        .arg("/dev/null")
        .current_dir(p.path())
        .env("TERM", "xterm-256color")
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if no_color {
        cmd.env("NO_COLOR", "1");
    }
    let mut child = cmd.spawn().expect("spawn script");
    // The output is a few hundred bytes: it fits in the pipe while we wait.
    common::wait_with_timeout(&mut child, &[args]);
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut child.stdout.take().unwrap(), &mut out).unwrap();
    Some(String::from_utf8_lossy(&out).into_owned())
}

#[cfg(unix)]
#[test]
fn on_a_terminal_auto_colours_unless_no_color() {
    let p = project();
    let args = "scan --no-builtin --rules rules.yaml src --color auto";
    let Some(coloured) = on_a_terminal(&p, args, false) else {
        return;
    };
    assert!(coloured.contains("test.eval"), "{coloured:?}");
    assert!(coloured.contains("\x1b["), "a terminal gets colour: {coloured:?}");
    let plain = on_a_terminal(&p, args, true).unwrap();
    assert!(plain.contains("test.eval"), "{plain:?}");
    assert!(!plain.contains('\x1b'), "NO_COLOR=1: {plain:?}");
    let never = on_a_terminal(&p, "scan --no-builtin --rules rules.yaml src --color never", false).unwrap();
    assert!(!never.contains('\x1b'), "--color never: {never:?}");
}

#[test]
fn control_characters_from_files_are_not_echoed_raw() {
    let p = Project::with_rules();
    p.write("src/evil.py", "x = '\x1b[2J\x1b[31m'; y = eval(z)\n");
    let run = scan(&p, &["src"]);
    run.expect_code(1);
    assert!(!run.stdout.contains('\x1b'), "{:?}", run.stdout);
    assert!(run.stdout.contains('\u{241B}'), "ESC shown as ␛: {}", run.stdout);
}

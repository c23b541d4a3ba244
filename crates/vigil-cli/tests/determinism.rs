//! The report does not depend on the number of worker threads.

mod common;

use common::{Project, OWN_RULES};

fn project() -> Project {
    let p = Project::with_rules();
    for i in 0..30 {
        let dir = format!("pkg{}/sub{}", i % 5, i % 3);
        let padding = "# padding\n".repeat(i % 7);
        p.write(
            &format!("{dir}/m{i:02}.py"),
            format!("import os\n{padding}v{i} = eval(arg{i})\nexec(code)\nw = eval(x)\n"),
        );
    }
    p.write("pkg0/answer.md", "Here:\n\n```python\nprint(eval(q))\n```\n");
    p.write("pkg1/blob.py", b"\x00\x00binary");
    p.write("pkg2/clean.py", "x = 1\n");
    p
}

fn scan(p: &Project, threads: &str, format: &str) -> String {
    let mut args: Vec<&str> = vec!["scan"];
    args.extend(OWN_RULES);
    args.extend([".", "-j", threads, "--format", format]);
    let run = p.run(&args);
    run.expect_code(1);
    run.stdout
}

fn without_elapsed(json: &str) -> String {
    let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
    let stats = v["stats"].as_object_mut().unwrap();
    assert!(stats.remove("elapsed_ms").is_some());
    serde_json::to_string_pretty(&v).unwrap()
}

#[test]
fn json_is_identical_with_one_and_four_threads() {
    let p = project();
    let one = scan(&p, "1", "json");
    let four = scan(&p, "4", "json");
    let report: serde_json::Value = serde_json::from_str(&one).unwrap();
    // 30 files with 3 findings each, plus one in the answer.
    assert_eq!(report["stats"]["findings"], 91);
    // The 30, the answer, clean.py and rules.yaml (YAML is scanned too).
    assert_eq!(report["stats"]["files_scanned"], 33);
    assert_eq!(report["stats"]["skipped"], 1);
    assert_eq!(without_elapsed(&one), without_elapsed(&four));
    // Byte-identical apart from the `elapsed_ms` line.
    let strip = |s: &str| s.lines().filter(|l| !l.contains("\"elapsed_ms\"")).collect::<Vec<_>>().join("\n");
    assert_eq!(strip(&one), strip(&four));
    // A second run with many threads gives the same again.
    assert_eq!(strip(&one), strip(&scan(&p, "0", "json")));
}

#[test]
fn findings_are_sorted_by_path_then_position() {
    let p = project();
    let report: serde_json::Value = serde_json::from_str(&scan(&p, "4", "json")).unwrap();
    let locs = common::locations(&report);
    let mut sorted = locs.clone();
    sorted.sort_by(|a, b| (&a.1, a.2, a.3, &a.0).cmp(&(&b.1, b.2, b.3, &b.0)));
    assert_eq!(locs, sorted);
    assert_eq!(locs[0], common::loc("test.eval", "./pkg0/answer.md", 4, 7));
}

#[test]
fn sarif_and_markdown_are_identical_across_thread_counts() {
    let p = project();
    let a = scan(&p, "1", "sarif");
    let b = scan(&p, "4", "sarif");
    assert_eq!(a, b);
    let strip_footer = |s: &str| s.lines().filter(|l| !l.starts_with("<sub>")).collect::<Vec<_>>().join("\n");
    assert_eq!(strip_footer(&scan(&p, "1", "markdown")), strip_footer(&scan(&p, "4", "markdown")));
}

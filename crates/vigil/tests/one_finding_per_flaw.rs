//! A pattern rule and a taint rule that report the same flaw on the same
//! line give one finding: the taint rule's, which carries the flow.

use std::path::Path;

use vigil::{Language, Scanner};

#[test]
fn the_taint_finding_stands_for_the_pattern_finding() {
    let scanner = Scanner::with_builtin_rules();
    let code = "import os\nfrom flask import request\n\ndef ping():\n    host = request.args.get('host')\n    os.system('ping -c 1 ' + host)\n\ndef backup(name):\n    os.system('pg_dump ' + name)\n";
    let scan = scanner.scan_code(code, Language::Python, Path::new("app.py"));
    let found: Vec<(u32, &str, bool)> =
        scan.findings.iter().map(|f| (f.span.start.line, f.rule_id.as_str(), f.flow.is_empty())).collect();
    // Line 6: request data reaches the shell, reported once, with its flow.
    // Line 9: no source in view, so the pattern rule reports it.
    assert_eq!(found, [(6, "python.web.command-injection", false), (9, "python.os.system-non-literal", true)]);
}

#[test]
fn different_weaknesses_on_one_line_are_both_reported() {
    let scanner = Scanner::with_builtin_rules();
    let code = "import hashlib\n\ndef store(password):\n    return hashlib.md5(password.encode()).hexdigest()\n";
    let scan = scanner.scan_code(code, Language::Python, Path::new("users.py"));
    let mut ids: Vec<&str> = scan.findings.iter().map(|f| f.rule_id.as_str()).collect();
    ids.sort();
    assert!(ids.len() >= 2, "{ids:?}");
    assert!(scan.findings.iter().all(|f| f.span.start.line == 4));
}

//! Hard-coded secrets reported by the Scanner beside the rules' findings.

use std::path::{Path, PathBuf};

use vigil::{Language, Scanner, ScannerBuilder};

// Generated for these tests; not real credentials.
const AWS_ID: &str = "AKIAZ7Q2WXRT5MBNLK4P";
const STRIPE: &str = "sk_live_51HcQzXKb0aZ9r8Tq3v6Jm2WnPpLd4Ys7Ue";

fn secret_ids(findings: &[vigil::Finding]) -> Vec<&str> {
    findings.iter().map(|f| f.rule_id.as_str()).filter(|id| id.starts_with("secrets.")).collect()
}

#[test]
fn a_key_in_code_is_a_masked_cwe_798_finding() {
    let scanner = Scanner::with_builtin_rules();
    let code = format!("import boto3\ns3 = boto3.client('s3', aws_access_key_id='{AWS_ID}')\n");
    let scan = scanner.scan_code(&code, Language::Python, Path::new("app.py"));
    let f = scan.findings.iter().find(|f| f.rule_id == "secrets.aws-access-key-id").expect("the key is found");
    assert_eq!(f.cwe, ["CWE-798"]);
    assert_eq!((f.span.start.line, f.span.start.column), (2, 44));
    assert_eq!(f.language, Language::Python);
    assert!(!f.fingerprint.is_empty());
    for text in [&f.matched_text, &f.line_text, &f.message] {
        assert!(!text.contains(AWS_ID), "the secret leaks: {text}");
    }
    assert_eq!(f.matched_text, "AKIA************LK4P");
}

#[test]
fn a_key_in_the_prose_of_an_answer_is_found() {
    let scanner = Scanner::with_builtin_rules();
    let answer = format!("Set it like this:\n\nSTRIPE_KEY={STRIPE}\n\n```python\nprint('ok')\n```\n");
    let scan = scanner.scan_answer(&answer, Path::new("answer.md"));
    assert_eq!(secret_ids(&scan.findings), ["secrets.stripe-secret-key"]);
    assert_eq!(scan.findings[0].span.start.line, 3);
    assert_eq!(scan.findings[0].language, Language::Generic);
}

#[test]
fn other_findings_on_the_line_of_a_secret_do_not_print_it() {
    let scanner = Scanner::with_builtin_rules();
    let code = format!("import requests\nrequests.get(url, verify=False, headers={{'Authorization': '{STRIPE}'}})\n");
    let scan = scanner.scan_code(&code, Language::Python, Path::new("app.py"));
    let tls = scan.findings.iter().find(|f| f.rule_id == "python.requests.verify-false").expect("rule finding");
    assert!(tls.line_text.contains("verify=False"), "{}", tls.line_text);
    assert!(!tls.line_text.contains(STRIPE), "{}", tls.line_text);
    assert!(secret_ids(&scan.findings).contains(&"secrets.stripe-secret-key"));
}

#[test]
fn secrets_are_suppressed_like_rules() {
    let scanner = Scanner::with_builtin_rules();
    let code = format!("KEY = '{AWS_ID}'  # vigil-ignore: secrets.aws-access-key-id a revoked test key\n");
    let scan = scanner.scan_code(&code, Language::Python, Path::new("app.py"));
    assert!(secret_ids(&scan.findings).is_empty());
    assert_eq!(scan.suppressed, 1);
}

#[test]
fn secrets_are_selected_like_rules_and_can_be_turned_off() {
    let code = format!("KEY = '{AWS_ID}'\nSTRIPE = '{STRIPE}'\n");
    let run = |builder: ScannerBuilder| {
        let scanner = builder.build().unwrap();
        let scan = scanner.scan_code(&code, Language::Python, Path::new("app.py"));
        secret_ids(&scan.findings).into_iter().map(String::from).collect::<Vec<_>>()
    };
    assert_eq!(run(Scanner::builder()), ["secrets.aws-access-key-id", "secrets.stripe-secret-key"]);
    assert_eq!(run(Scanner::builder().disable(["secrets.stripe-*".to_string()])), ["secrets.aws-access-key-id"]);
    assert!(run(Scanner::builder().disable(["CWE-798".to_string()])).is_empty());
    assert_eq!(run(Scanner::builder().enable(["secrets".to_string()])).len(), 2);
    let mut off = Scanner::builder();
    off.settings_mut().secrets = false;
    assert!(run(off).is_empty());
    let config: vigil::Config = toml::from_str("[scan]\nsecrets = false\n").unwrap();
    assert!(run(Scanner::builder().config(&config)).is_empty());
}

#[test]
fn reports_describe_only_the_detectors_that_fired() {
    let scanner = Scanner::with_builtin_rules();
    let detectors = scanner.rule_infos().iter().filter(|r| r.id.starts_with("secrets.")).count();
    assert!(detectors >= 150, "{detectors}");
    let code = format!("KEY = '{AWS_ID}'\n");
    let scan = scanner.scan_code(&code, Language::Python, Path::new("app.py"));
    let report = scanner.report_for(scan, code.len(), 0);
    let described: Vec<&str> =
        report.rules.iter().map(|r| r.id.as_str()).filter(|id| id.starts_with("secrets.")).collect();
    assert_eq!(described, ["secrets.aws-access-key-id"]);
    assert_eq!(report.stats.rules_run, scanner.rule_infos().len());
}

#[test]
fn directories_yield_secrets_from_dotenv_and_config_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".env"), format!("STRIPE_KEY={STRIPE}\n")).unwrap();
    std::fs::write(dir.path().join("settings.yaml"), format!("aws:\n  access_key_id: {AWS_ID}\n")).unwrap();
    std::fs::write(dir.path().join("README.md"), "No secrets here.\n").unwrap();
    let scanner = Scanner::with_builtin_rules();
    let report = scanner.scan_paths(&[dir.path().to_path_buf()]).unwrap();
    let got: Vec<(PathBuf, &str)> = report
        .findings
        .iter()
        .map(|f| (f.path.strip_prefix(dir.path()).unwrap().to_path_buf(), f.rule_id.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (PathBuf::from(".env"), "secrets.stripe-secret-key"),
            (PathBuf::from("settings.yaml"), "secrets.aws-access-key-id")
        ]
    );
}

#[test]
fn prose_without_code_is_still_searched_for_secrets() {
    let scanner = Scanner::with_builtin_rules();
    let prompt = format!("My key {AWS_ID} gets AccessDenied, why?");
    let scan = scanner.scan_text(&prompt, Path::new("prompt.txt"), None);
    assert_eq!(secret_ids(&scan.findings), ["secrets.aws-access-key-id"]);
    assert!(scan.warnings.is_empty(), "{:?}", scan.warnings);
    let plain = scanner.scan_text("just words", Path::new("prompt.txt"), None);
    assert_eq!(plain.warnings.len(), 1);
}

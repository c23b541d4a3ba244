//! The public API as the scanner, CLI and guard proxy will use it: findings
//! that never carry the secret, redaction that keeps text intact, unredaction
//! of placeholders a model quoted back, the verification hook.

use std::collections::BTreeMap;
use std::path::Path;

use vigil_core::{Confidence, Language, Severity};
use vigil_secrets::{
    detector, detectors, mask, redact, rule_infos, unredact, verify_matches, Detector, Family, Mapping, RedactOptions,
    ScanConfig, SecretScanner, Verification, Verifier,
};

// Generated for these tests (random characters, valid formats); not real.
const AWS_ID: &str = "AKIAZ7Q2WXRT5MBNLK4P";
const AWS_SECRET: &str = "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";
const STRIPE: &str = "sk_live_51Hx9Qm2eZvKYlo2C8dJrT4wPnB6sLa0F";

fn github_token() -> String {
    let random = "Zq8rL2mxQ1vT7nW9bK3dF6hJ1cG5yA";
    format!("ghp_{random}{}", vigil_secrets::base62(vigil_secrets::crc32(random.as_bytes()) as u64, 6))
}

#[test]
fn at_least_150_detectors_in_every_family() {
    assert!(detectors().len() >= 150, "{}", detectors().len());
    let mut per: BTreeMap<Family, usize> = BTreeMap::new();
    for d in detectors() {
        *per.entry(d.family).or_default() += 1;
        assert!(!d.name.is_empty() && !d.pattern.is_empty(), "{}", d.id);
    }
    for f in Family::ALL {
        assert!(per.get(&f).copied().unwrap_or(0) > 0, "no detector in {f}");
    }
    assert_eq!(rule_infos().len(), detectors().len());
    assert!(rule_infos().iter().all(|r| r.cwe == vec!["CWE-798".to_string()] && r.id.starts_with("secrets.")));
}

#[test]
fn findings_are_cwe_798_and_never_contain_the_secret() {
    let text = format!(
        "import boto3\n\ns3 = boto3.client('s3', aws_access_key_id='{AWS_ID}',\n    aws_secret_access_key='{AWS_SECRET}')\nstripe.api_key = \"{STRIPE}\"\n"
    );
    let findings = SecretScanner::global().findings(&text, Path::new("app.py"), Language::Python);
    let ids: Vec<&str> = findings.iter().map(|f| f.rule_id.as_str()).collect();
    assert_eq!(ids, ["secrets.aws-access-key-id", "secrets.aws-secret-access-key", "secrets.stripe-secret-key"]);
    let json = serde_json::to_string(&findings).unwrap();
    for secret in [AWS_ID, AWS_SECRET, STRIPE] {
        assert!(!json.contains(secret), "secret leaked into a finding");
        assert!(!json.contains(&secret[6..secret.len() - 4]), "most of a secret leaked");
    }
    let f = &findings[0];
    assert_eq!(f.cwe, vec!["CWE-798"]);
    assert_eq!(f.severity, Severity::High);
    assert_eq!(f.span.start.line, 3);
    assert_eq!(&text[f.span.start_byte..f.span.end_byte], AWS_ID);
    // The code frame keeps its columns: same length, secret starred.
    let line = text.lines().nth(2).unwrap();
    assert_eq!(f.line_text.chars().count(), line.chars().count());
    assert!(f.line_text.contains("AKIA************LK4P"));
    assert_eq!(f.matched_text, "AKIA************LK4P");
}

#[test]
fn chat_answers_and_prompts_are_scanned_like_code() {
    let answer = format!(
        "Sure! Here's the script:\n\n```python\nimport requests\nTOKEN = \"{}\"\nrequests.get(URL, headers={{\"Authorization\": f\"token {{TOKEN}}\"}})\n```\n\nReplace the token with yours.\n",
        github_token()
    );
    let found = vigil_secrets::scan(&answer);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].detector_id, "github-pat");
    assert_eq!(found[0].confidence, Confidence::High);
    assert!(found[0].masked.starts_with("ghp_"));
}

#[test]
fn redaction_keeps_json_valid_and_round_trips() {
    let doc = serde_json::json!({
        "messages": [{"role": "user", "content": format!("my key is {AWS_ID} and again {AWS_ID}; db postgres://app:Vx7-kq2Lm9pZ@db.internal:5432/app")}],
        "private_key": "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx8VQn2Zq9rL2mXv7T4nW9bK3dF6hJ1cG5yA0eUiR2tQ8Zr2LmX0pV7sT4nW9bK3dF6hJ1cG5yA0eUiR2tQ\n-----END RSA PRIVATE KEY-----\n",
    });
    let text = serde_json::to_string_pretty(&doc).unwrap();
    let r = redact(&text, &RedactOptions::default());
    let kinds: Vec<&str> = r.spans.iter().map(|s| s.kind.as_str()).collect();
    assert_eq!(kinds, ["aws-access-key-id", "aws-access-key-id", "database-uri-password", "rsa-private-key"]);
    // Same secret, same placeholder.
    assert_eq!(r.text.matches("[[SECRET_1:aws-access-key-id]]").count(), 2);
    assert!(r.text.contains("postgres://app:[[SECRET_2:database-uri-password]]@db.internal"));
    let parsed: serde_json::Value = serde_json::from_str(&r.text).expect("still valid JSON");
    assert!(parsed["private_key"].as_str().unwrap().starts_with("[[SECRET_3:rsa-private-key]]"));
    assert!(!r.text.contains(AWS_ID) && !r.text.contains("MIIEow"));
    assert_eq!(unredact(&r.text, &r.mapping), text);
}

#[test]
fn placeholders_survive_being_quoted_back() {
    let prompt = format!("Why does boto3 reject {AWS_ID}? My AWS secret key: {AWS_SECRET}");
    let r = redact(&prompt, &RedactOptions::default());
    assert_eq!(r.mapping.len(), 2);
    let answers = [
        "The key [[SECRET_1:aws-access-key-id]] is fine.",
        "The key [[SECRET_1]] is fine.",
        "The key \\[\\[SECRET\\_1:aws-access-key-id\\]\\] is fine.",
        "The key [[secret_1 : aws access key id]] is fine.",
        "The key [[SECRET_1:aws-access-\nkey-id]] is fine.",
        "The key [SECRET_1] is fine.",
        "The key %5B%5BSECRET_1%3Aaws-access-key-id%5D%5D is fine.",
    ];
    for a in answers {
        assert_eq!(unredact(a, &r.mapping), format!("The key {AWS_ID} is fine."), "{a:?}");
    }
    // Markup around the placeholder is the answer's own and stays.
    assert_eq!(
        unredact("The key `[[SECRET_1:aws-access-key-id]]` is fine.", &r.mapping),
        format!("The key `{AWS_ID}` is fine.")
    );
    // Unknown numbers and unbalanced forms stay as they are.
    assert_eq!(unredact("[[SECRET_9]] and [[SECRET_1", &r.mapping), "[[SECRET_9]] and [[SECRET_1");
}

#[test]
fn a_conversation_shares_one_mapping() {
    let scanner = SecretScanner::new();
    let mut mapping = Mapping::new();
    let (first, _) = scanner.redact_with(&format!("use {STRIPE}"), &RedactOptions::default(), &mut mapping);
    let (second, _) =
        scanner.redact_with(&format!("still {STRIPE}, now also {AWS_ID}"), &RedactOptions::default(), &mut mapping);
    assert_eq!(first, "use [[SECRET_1:stripe-secret-key]]");
    assert_eq!(second, "still [[SECRET_1:stripe-secret-key]], now also [[SECRET_2:aws-access-key-id]]");
    // The mapping is what `vigil redact --mapping FILE` writes.
    let saved = serde_json::to_string(&mapping).unwrap();
    let restored: Mapping = serde_json::from_str(&saved).unwrap();
    assert_eq!(unredact(&second, &restored), format!("still {STRIPE}, now also {AWS_ID}"));
}

#[test]
fn personal_data_on_request() {
    let text = "Mail dana.whitfield@corp-mail.io or call +44 20 7946 0958; card 4539 1488 0343 6467, IBAN GB82 WEST 1234 5698 7654 32. Docs: support@example.com.";
    let none = redact(text, &RedactOptions::default());
    assert_eq!(none.text, text);
    let r = redact(text, &RedactOptions::all());
    assert_eq!(
        r.text,
        "Mail [[EMAIL_1]] or call [[PHONE_1]]; card [[CARD_1]], IBAN [[IBAN_1]]. Docs: support@example.com."
    );
    assert_eq!(unredact(&r.text, &r.mapping), text);
}

#[test]
fn configuration_switches_detectors_off() {
    let text = "password = \"Xk9#mP2qLw7!\"\nkey = \"AKIAZ7Q2WXRT5MBNLK4P\"";
    assert_eq!(SecretScanner::new().scan(text).len(), 2);
    let no_generic = SecretScanner::with_config(ScanConfig { generic: false, ..Default::default() });
    assert_eq!(no_generic.scan(text).len(), 1);
    let confident = SecretScanner::with_config(ScanConfig { min_confidence: Confidence::High, ..Default::default() });
    assert_eq!(confident.scan(text).iter().map(|m| m.detector_id).collect::<Vec<_>>(), ["aws-access-key-id"]);
    let no_cloud = SecretScanner::with_config(ScanConfig { disabled: vec!["cloud".into()], ..Default::default() });
    assert_eq!(no_cloud.scan(text).iter().map(|m| m.detector_id).collect::<Vec<_>>(), ["generic-password"]);
}

#[test]
fn test_keys_are_reported_at_low_severity() {
    let key = "sk_test_51Hx9Qm2eZvKYlo2C8dJrT4wPnB6sLa0F";
    let found = vigil_secrets::scan(&format!("stripe.api_key = '{key}'"));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Low);
}

#[test]
fn checksums_filter_made_up_github_tokens() {
    let real_format = github_token();
    let mut broken = real_format.clone();
    broken.replace_range(10..11, if &real_format[10..11] == "A" { "B" } else { "A" });
    assert_eq!(vigil_secrets::scan(&format!("t = '{real_format}'")).len(), 1);
    assert!(vigil_secrets::scan(&format!("t = '{broken}'")).iter().all(|m| m.detector_id != "github-pat"));
}

struct FakeVerifier;

impl Verifier for FakeVerifier {
    fn supports(&self, d: &Detector) -> bool {
        d.verify.is_some()
    }
    fn verify(&self, d: &Detector, secret: &str) -> Verification {
        assert!(d.verify.unwrap().url.starts_with("https://"));
        if secret.ends_with('F') {
            Verification::Valid
        } else {
            Verification::Invalid
        }
    }
}

#[test]
fn verification_is_a_hook_not_a_network_call() {
    let text = format!("{STRIPE} {AWS_ID}");
    let mut found = vigil_secrets::scan(&text);
    assert!(found.iter().all(|m| m.verification == Verification::Unverified));
    verify_matches(&text, &mut found, &FakeVerifier);
    let by_id: BTreeMap<&str, &Verification> = found.iter().map(|m| (m.detector_id, &m.verification)).collect();
    assert_eq!(by_id["stripe-secret-key"], &Verification::Valid);
    assert_eq!(by_id["aws-access-key-id"], &Verification::Unverified); // no hint: not verifiable
    assert!(detector("github-pat").unwrap().verify.is_some());
}

#[test]
fn masks_show_little() {
    assert_eq!(mask(AWS_ID), "AKIA************LK4P");
    assert_eq!(mask("hunter2!"), "********");
    let m = vigil_secrets::scan(&format!("k = \"{STRIPE}\""));
    assert!(m[0].masked.starts_with("sk_live_"));
    assert!(m[0].masked.len() < STRIPE.len());
}

#[test]
fn no_panic_on_odd_input() {
    let s = SecretScanner::global();
    for text in [
        "",
        "\u{0}\u{ffff}",
        "ghp_",
        "-----BEGIN RSA PRIVATE KEY-----",
        "password=",
        "é🎉 password = \"é🎉é🎉é🎉\" AKIA🎉",
        &"key=".repeat(10_000),
        &"a".repeat(100_000),
        &format!("{}AKIAZ7Q2WXRT5MBNLK4P", "é".repeat(3)),
    ] {
        let found = s.scan(text);
        for m in &found {
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        }
        let r = s.redact(text, &RedactOptions::all());
        assert_eq!(unredact(&r.text, &r.mapping), text);
    }
}

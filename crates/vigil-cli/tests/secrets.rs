//! Hard-coded secrets through the CLI: every output format shows a masked
//! preview, never the secret; baselines, suppressions and switches work as
//! for rules.

mod common;

use common::Project;

// Generated for these tests; not real credentials.
const AWS_ID: &str = "AKIAZ7Q2WXRT5MBNLK4P";
const STRIPE: &str = "sk_live_51HcQzXKb0aZ9r8Tq3v6Jm2WnPpLd4Ys7Ue";

fn project() -> Project {
    let p = Project::new();
    p.write(".env", format!("STRIPE_KEY={STRIPE}\n"));
    p.write("app.py", format!("import boto3\ns3 = boto3.client('s3', aws_access_key_id='{AWS_ID}')\n"));
    p
}

#[test]
fn no_format_prints_the_secret() {
    let p = project();
    for format in ["text", "json", "sarif", "markdown"] {
        let run = p.run(&["scan", ".", "--no-config", "--format", format, "--color", "never"]);
        run.expect_code(1);
        for secret in [AWS_ID, STRIPE] {
            assert!(!run.stdout.contains(secret), "{format} prints {secret}:\n{}", run.stdout);
            assert!(!run.stderr.contains(secret), "{format} prints {secret} on stderr");
        }
        assert!(run.stdout.contains("secrets.aws-access-key-id"), "{format}:\n{}", run.stdout);
        assert!(run.stdout.contains("secrets.stripe-secret-key"), "{format}:\n{}", run.stdout);
    }
    let run = p.run(&["scan", ".", "--no-config", "--format", "json"]);
    let r = run.json();
    assert_eq!(common::rule_ids(&r), ["secrets.stripe-secret-key", "secrets.aws-access-key-id"]);
    assert!(r["findings"].as_array().unwrap().iter().all(|f| f["cwe"][0] == "CWE-798"));
}

#[test]
fn no_secrets_turns_them_off() {
    let p = project();
    let run = p.run(&["scan", ".", "--no-config", "--no-secrets", "--format", "json"]);
    run.expect_code(0);
    assert!(common::rule_ids(&run.json()).is_empty());
    p.write("vigil.toml", "[scan]\nsecrets = false\n");
    p.run(&["scan", "."]).expect_code(0);
    // Secrets alone, no rule.
    let run = p.run(&["scan", ".", "--no-config", "--enable", "secrets", "--format", "json"]);
    assert_eq!(common::rule_ids(&run.json()).len(), 2);
    p.write("vigil.toml", "[rules]\ndisable = [\"secrets.aws-*\"]\n");
    let run = p.run(&["scan", ".", "--format", "json"]);
    assert_eq!(common::rule_ids(&run.json()), ["secrets.stripe-secret-key"]);
}

#[test]
fn a_baseline_accepts_known_secrets_and_reports_new_ones() {
    let p = project();
    p.run(&["scan", ".", "--no-config", "--write-baseline", "baseline.json"]).expect_code(0);
    assert!(!p.read("baseline.json").contains(AWS_ID));
    p.run(&["scan", ".", "--no-config", "--baseline", "baseline.json"]).expect_code(0);
    // A line above moves the key; a second key is new.
    p.write(
        "app.py",
        format!("import boto3\n\ns3 = boto3.client('s3', aws_access_key_id='{AWS_ID}')\nSTRIPE = '{STRIPE}'\n"),
    );
    let run = p.run(&["scan", ".", "--no-config", "--baseline", "baseline.json", "--format", "json"]);
    run.expect_code(1);
    assert_eq!(common::locations(&run.json()), [common::loc("secrets.stripe-secret-key", "./app.py", 4, 11)]);
}

#[test]
fn explain_knows_the_detectors() {
    let p = Project::new();
    let run = p.run(&["explain", "secrets.aws-access-key-id", "--no-config"]);
    run.expect_code(0);
    assert!(run.stdout.contains("AWS access key ID"), "{}", run.stdout);
    assert!(run.stdout.contains("os.environ"), "{}", run.stdout);
}

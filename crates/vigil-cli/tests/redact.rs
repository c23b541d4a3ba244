//! `vigil redact` and `vigil unredact`: files and standard input, personal
//! data on request, a byte-identical round trip through the mapping file,
//! placeholders quoted back in another text, the mapping's permissions and
//! protection against overwriting, and input that is not text.

mod common;

use common::Project;

// Generated for these tests (valid formats, random characters); not real.
const AWS_ID: &str = "AKIAZ7Q2WXRT5MBNLK4P";
const STRIPE: &str = "sk_live_51Hx9Qm2eZvKYlo2C8dJrT4wPnB6sLa0F";
const EMAIL: &str = "jane.doe@corp-mail.io";

fn config_text() -> String {
    format!(
        "# deploy settings\r\naws_access_key_id = \"{AWS_ID}\"\nstripe_key: {STRIPE}\nbackup_key = {AWS_ID}\nowner = {EMAIL}\n\u{e9}t\u{e9} \u{1F512}\n"
    )
}

#[test]
fn redacts_a_file_to_stdout_and_summarises_on_stderr() {
    let p = Project::new();
    p.write("app.env", config_text());
    let run = p.run(&["redact", "app.env"]);
    run.expect_code(1);
    assert!(!run.stdout.contains(AWS_ID) && !run.stdout.contains(STRIPE), "{}", run.stdout);
    assert_eq!(run.stdout.matches("[[SECRET_1:aws-access-key-id]]").count(), 2, "{}", run.stdout);
    assert!(run.stdout.contains("stripe_key: [[SECRET_2:stripe-secret-key]]\n"), "{}", run.stdout);
    // Text around the placeholders is untouched, CRLF and non-ASCII included.
    assert!(run.stdout.starts_with("# deploy settings\r\naws_access_key_id = \"[[SECRET_1"), "{}", run.stdout);
    assert!(run.stdout.ends_with("\u{e9}t\u{e9} \u{1F512}\n"));
    // Without --pii, personal data stays.
    assert!(run.stdout.contains(EMAIL));
    // The summary names kinds and counts, with masked previews only.
    assert!(run.stderr.contains("redacted 3 occurrences of 2 values"), "{}", run.stderr);
    assert!(run.stderr.contains("aws-access-key-id x2"), "{}", run.stderr);
    assert!(run.stderr.contains("AKIA************LK4P"), "{}", run.stderr);
    assert!(!run.stderr.contains(AWS_ID) && !run.stderr.contains(STRIPE), "{}", run.stderr);
    assert!(run.stderr.contains("cannot be restored"), "{}", run.stderr);
}

#[test]
fn redacts_stdin_with_and_without_dash() {
    let p = Project::new();
    let input = format!("key={AWS_ID}\n");
    for args in [&["redact"][..], &["redact", "-"][..]] {
        let run = p.run_stdin(args, &input);
        run.expect_code(1);
        assert_eq!(run.stdout, "key=[[SECRET_1:aws-access-key-id]]\n");
        assert!(run.stderr.contains("<stdin>"), "{}", run.stderr);
    }
}

#[test]
fn nothing_to_redact_exits_0_and_keeps_the_text() {
    let p = Project::new();
    let input = "print('hello')\npassword = os.environ['PASSWORD']\n";
    let run = p.run_stdin(&["redact"], input);
    run.expect_code(0);
    assert_eq!(run.stdout, input);
    assert!(run.stderr.contains("nothing to redact"), "{}", run.stderr);
}

#[test]
fn pii_on_request() {
    let p = Project::new();
    let input =
        format!("mail {EMAIL} or call +44 20 7946 0958, card 4539 1488 0343 6467, IBAN GB82 WEST 1234 5698 7654 32.\n");
    let run = p.run_stdin(&["redact", "--pii"], &input);
    run.expect_code(1);
    assert_eq!(
        run.stdout, "mail [[EMAIL_1]] or call [[PHONE_1]], card [[CARD_1]], IBAN [[IBAN_1]].\n",
        "stderr: {}",
        run.stderr
    );
    for kind in ["email x1", "phone x1", "card x1", "iban x1"] {
        assert!(run.stderr.contains(kind), "{kind}: {}", run.stderr);
    }
    assert!(!run.stderr.contains(EMAIL) && !run.stderr.contains("4539 1488 0343 6467"), "{}", run.stderr);
}

#[test]
fn round_trip_through_the_mapping_file_is_byte_identical() {
    let p = Project::new();
    let original = config_text();
    p.write("app.env", &original);
    let run = p.run(&["redact", "app.env", "--pii", "--mapping", "map.json", "-o", "redacted.env"]);
    run.expect_code(1);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(run.stderr.contains("mapping written to map.json"), "{}", run.stderr);
    let redacted = p.read("redacted.env");
    assert!(!redacted.contains(AWS_ID) && !redacted.contains(EMAIL));
    assert!(redacted.contains("[[EMAIL_1]]"));
    let mapping: serde_json::Value = serde_json::from_str(&p.read("map.json")).expect("the mapping is JSON");
    assert_eq!(mapping["entries"].as_array().map(Vec::len), Some(3), "{mapping}");

    let back = p.run(&["unredact", "redacted.env", "--mapping", "map.json", "-o", "restored.env"]);
    back.expect_code(0);
    assert_eq!(std::fs::read(p.join("restored.env")).unwrap(), original.as_bytes());
    assert!(back.stderr.contains("restored 4 placeholders"), "{}", back.stderr);
    assert!(!back.stderr.contains(AWS_ID), "{}", back.stderr);

    // Through standard input and output as well.
    let back = p.run_stdin(&["unredact", "-", "--mapping", "map.json"], &redacted);
    back.expect_code(0);
    assert_eq!(back.stdout_bytes, original.as_bytes());
}

#[test]
fn placeholders_quoted_back_in_another_text_are_restored() {
    let p = Project::new();
    p.write("prompt.txt", format!("Why does boto3 reject {AWS_ID}? Mail {EMAIL}.\n"));
    p.run(&["redact", "prompt.txt", "--pii", "--mapping", "map.json"]).expect_code(1);
    // A model's answer quoting the placeholders in its own ways.
    let answer = "The key \\[\\[SECRET\\_1\\]\\] is inactive; write to [[ email_1 ]] or see \
                  https://example.net/?k=%5B%5BSECRET_1%3Aaws-access-key-id%5D%5D. [[SECRET_9]] is unknown.\n";
    let run = p.run_stdin(&["unredact", "--mapping", "map.json"], answer);
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        format!(
            "The key {AWS_ID} is inactive; write to {EMAIL} or see https://example.net/?k={AWS_ID}. [[SECRET_9]] is unknown.\n"
        )
    );
}

#[cfg(unix)]
#[test]
fn the_mapping_file_is_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let p = Project::new();
    p.run_stdin(&["redact", "--mapping", "map.json"], format!("k={AWS_ID}\n")).expect_code(1);
    let mode = std::fs::metadata(p.join("map.json")).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "mode {mode:o}");

    // --force replaces a world-readable file with an owner-only one.
    std::fs::set_permissions(p.join("map.json"), std::fs::Permissions::from_mode(0o644)).unwrap();
    p.run_stdin(&["redact", "--mapping", "map.json", "--force"], format!("k={STRIPE}\n")).expect_code(1);
    let mode = std::fs::metadata(p.join("map.json")).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "mode {mode:o}");
    assert!(p.read("map.json").contains(STRIPE));

    // Reading a mapping that others can read warns.
    std::fs::set_permissions(p.join("map.json"), std::fs::Permissions::from_mode(0o644)).unwrap();
    let run = p.run_stdin(&["unredact", "--mapping", "map.json"], "[[SECRET_1]]\n");
    run.expect_code(0);
    assert_eq!(run.stdout, format!("{STRIPE}\n"));
    assert!(run.stderr.contains("readable by others"), "{}", run.stderr);
}

#[test]
fn an_existing_mapping_is_not_overwritten_without_force() {
    let p = Project::new();
    p.write("map.json", "{\"entries\": []}\n");
    let run = p.run_stdin(&["redact", "--mapping", "map.json", "-o", "out.txt"], format!("k={AWS_ID}\n"));
    run.expect_code(2);
    assert!(run.stderr.contains("map.json") && run.stderr.contains("--force"), "{}", run.stderr);
    assert_eq!(p.read("map.json"), "{\"entries\": []}\n");
    // Nothing was written: no redacted text whose mapping is lost.
    assert!(!p.join("out.txt").exists());
    assert!(run.stdout.is_empty());
}

#[test]
fn binary_and_invalid_utf8_input_are_refused_clearly() {
    let p = Project::new();
    p.write("blob.bin", b"PK\x03\x04\x00\x00secret");
    let run = p.run(&["redact", "blob.bin"]);
    run.expect_code(2);
    assert!(run.stderr.contains("blob.bin") && run.stderr.contains("binary"), "{}", run.stderr);
    assert!(run.stdout.is_empty());

    let run = p.run_stdin(&["redact"], b"caf\xe9 key=AKIAZ7Q2WXRT5MBNLK4P\n".as_slice());
    run.expect_code(2);
    assert!(run.stderr.contains("not valid UTF-8") && run.stderr.contains("offset 3"), "{}", run.stderr);
    assert!(run.stdout.is_empty());

    let run = p.run_stdin(&["unredact", "--mapping", "missing.json"], "x\n");
    run.expect_code(2);
    assert!(run.stderr.contains("missing.json"), "{}", run.stderr);

    p.write("bad.json", "not json");
    let run = p.run_stdin(&["unredact", "--mapping", "bad.json"], "x\n");
    run.expect_code(2);
    assert!(run.stderr.contains("not a mapping"), "{}", run.stderr);

    let run = p.run(&["redact", "no-such-file.txt"]);
    run.expect_code(2);
    assert!(run.stderr.contains("no-such-file.txt"), "{}", run.stderr);
}

#[test]
fn help_describes_both_commands() {
    let p = Project::new();
    let run = p.run(&["--help"]);
    run.expect_code(0);
    assert!(run.stdout.contains("redact") && run.stdout.contains("unredact"), "{}", run.stdout);
    let run = p.run(&["redact", "--help"]);
    run.expect_code(0);
    for flag in ["--pii", "--mapping", "--force", "--output"] {
        assert!(run.stdout.contains(flag), "{flag}: {}", run.stdout);
    }
    p.run(&["unredact"]).expect_code(2);
}

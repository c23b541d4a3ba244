//! Validates SARIF output against the official OASIS SARIF 2.1.0 schema,
//! which the project keeps in `shared/schemas/` beside the repository.

mod fixture;

use std::path::PathBuf;

use serde_json::Value;
use vigil_core::Report;
use vigil_output::{render_to_string, Format};

fn schema_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/schemas/sarif-schema-2.1.0.json")
}

fn validator() -> jsonschema::Validator {
    let path = schema_path();
    // A missing schema must fail the test: passing silently would let
    // invalid SARIF through CI unnoticed.
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read the SARIF 2.1.0 schema at {}: {e}. It is expected in shared/schemas/ \
             next to the repository checkout.",
            path.display()
        )
    });
    let schema: Value = serde_json::from_str(&text).expect("the SARIF schema is valid JSON");
    // The OASIS schema declares draft-04; formats (`uri`, `uri-reference`)
    // are checked too, since code scanning rejects malformed URIs.
    jsonschema::draft4::options().should_validate_formats(true).build(&schema).expect("the SARIF schema compiles")
}

fn assert_valid(report: &Report, what: &str) -> Value {
    let out = render_to_string(report, Format::Sarif, &fixture::options());
    let sarif: Value = serde_json::from_str(&out).expect("SARIF output is JSON");
    let validator = validator();
    let errors: Vec<String> =
        validator.iter_errors(&sarif).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{what}: SARIF output violates the schema:\n{}\n\n{out}", errors.join("\n"));
    sarif
}

#[test]
fn realistic_report_is_valid_sarif() {
    let sarif = assert_valid(&fixture::report(), "fixture report");
    let run = &sarif["runs"][0];
    assert_eq!(run["results"].as_array().unwrap().len(), 3);
    assert_eq!(run["tool"]["driver"]["rules"].as_array().unwrap().len(), 3);
}

#[test]
fn awkward_report_is_valid_sarif() {
    let sarif = assert_valid(&fixture::awkward_report(), "awkward report");
    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    // The duplicated rule is listed once; rules without a description get one.
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "python.flask.sql-injection",
            "python.lang.yaml-load",
            "secrets.generic.api-token",
            "python.lang.eval",
            "python.lang.exec"
        ]
    );
    // Every result points at its rule.
    for result in run["results"].as_array().unwrap() {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
    }
    let uris: Vec<&str> = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str().unwrap())
        .collect();
    assert!(uris.contains(&"src/m%C3%B3dulo%20%C3%B1/na%C3%AFve%20%231.py"), "{uris:?}");
    assert!(uris.contains(&"file:///srv/app/x.py"), "{uris:?}");
    assert!(uris.contains(&"file:///C:/work/app.py"), "{uris:?}");
    let notes = run["invocations"][0]["toolExecutionNotifications"].as_array().unwrap();
    assert_eq!(notes.len(), 6 + 2);
}

#[test]
fn empty_report_is_valid_sarif() {
    assert_valid(&Report::default(), "empty report");
}

#[test]
fn results_carry_github_essentials() {
    let sarif = assert_valid(&fixture::report(), "fixture report");
    let run = &sarif["runs"][0];
    assert_eq!(sarif["version"], "2.1.0");
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(run["invocations"][0]["executionSuccessful"], true);

    let rule = &run["tool"]["driver"]["rules"][1];
    assert_eq!(rule["id"], "python.lang.yaml-load");
    assert_eq!(rule["properties"]["security-severity"], "8.0");
    assert_eq!(rule["properties"]["precision"], "high");
    let tags = rule["properties"]["tags"].as_array().unwrap();
    assert_eq!(tags[0], "security");
    assert!(tags.contains(&Value::from("external/cwe/cwe-502")));
    assert!(rule["help"]["markdown"].as_str().unwrap().starts_with("## Unsafe YAML loading"));
    // Without a lesson, help falls back to the message.
    assert_eq!(run["tool"]["driver"]["rules"][2]["help"]["text"], "Hard-coded API token");

    let result = &run["results"][0];
    assert_eq!(result["ruleId"], "python.lang.yaml-load");
    assert_eq!(result["ruleIndex"], 1);
    assert_eq!(result["level"], "error");
    let region = &result["locations"][0]["physicalLocation"]["region"];
    assert_eq!((region["startLine"].as_u64(), region["startColumn"].as_u64()), (Some(12), Some(11)));
    assert_eq!((region["endLine"].as_u64(), region["endColumn"].as_u64()), (Some(12), Some(32)));
    assert_eq!(region["snippet"]["text"], "yaml.load(open(path))");
    assert!(result["partialFingerprints"]["vigilFingerprint/v1"].as_str().unwrap().len() == 32);
    let replacement = &result["fixes"][0]["artifactChanges"][0]["replacements"][0];
    assert_eq!(replacement["deletedRegion"]["byteOffset"], 297);
    assert_eq!(replacement["deletedRegion"]["byteLength"], 9);
    assert_eq!(replacement["insertedContent"]["text"], "yaml.safe_load");
}

#[test]
fn the_validator_is_not_vacuous() {
    // Guard against a validator that accepts anything (a schema that failed
    // to load its definitions, say): broken SARIF must be rejected.
    let out = render_to_string(&fixture::report(), Format::Sarif, &fixture::options());
    let mut sarif: Value = serde_json::from_str(&out).unwrap();
    let validator = validator();
    assert!(validator.is_valid(&sarif));

    let region = &mut sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
    region["startLine"] = Value::from(0);
    assert!(!validator.is_valid(&sarif), "startLine 0 accepted");
}

/// Every `uri` and `informationUri` in the log is an RFC 3986 URI reference.
/// The schema says so with `format: uri-reference`, but draft-04 validators
/// do not know that format and skip it, so it is checked here.
fn assert_uris_are_rfc3986(v: &Value) {
    match v {
        Value::Object(map) => {
            for (key, value) in map {
                if key == "uri" || key.ends_with("Uri") {
                    let uri = value.as_str().expect("URIs are strings");
                    assert!(is_uri_reference(uri), "`{key}` is not an RFC 3986 URI reference: {uri:?}");
                }
                assert_uris_are_rfc3986(value);
            }
        }
        Value::Array(items) => items.iter().for_each(assert_uris_are_rfc3986),
        _ => {}
    }
}

fn is_uri_reference(uri: &str) -> bool {
    let bytes = uri.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' {
            let hex = |j: usize| bytes.get(j).is_some_and(u8::is_ascii_hexdigit);
            if !(hex(i + 1) && hex(i + 2)) {
                return false;
            }
            i += 3;
            continue;
        }
        let allowed = b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/?#".contains(&b);
        if !allowed {
            return false;
        }
        i += 1;
    }
    // A relative reference's first segment must not contain `:` (it would
    // read as a scheme); a scheme is letters first.
    match uri.split_once(':') {
        Some((scheme, _)) if !scheme.contains('/') => {
            scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }
        _ => true,
    }
}

#[test]
fn uris_are_well_formed() {
    for report in [fixture::report(), fixture::awkward_report()] {
        let out = render_to_string(&report, Format::Sarif, &fixture::options());
        assert_uris_are_rfc3986(&serde_json::from_str(&out).unwrap());
    }
    assert!(is_uri_reference("src/a%20b.py"));
    assert!(is_uri_reference("file:///C:/x.py"));
    assert!(!is_uri_reference("a b/ü.py"));
    assert!(!is_uri_reference("<stdin>"));
    assert!(!is_uri_reference("1x:y"));
}

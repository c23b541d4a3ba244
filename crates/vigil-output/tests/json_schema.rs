//! The JSON output keeps the documented schema: exactly the documented
//! fields, values as in the report, and every field named in
//! `docs/OUTPUT-FORMATS.md`.

mod fixture;

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde_json::{json, Value};
use vigil_output::json::{JsonReport, SCHEMA_VERSION};
use vigil_output::{render_to_string, Format};

fn output() -> Value {
    let out = render_to_string(&fixture::report(), Format::Json, &fixture::options());
    serde_json::from_str(&out).expect("JSON output parses")
}

fn keys(v: &Value) -> BTreeSet<&str> {
    v.as_object().expect("an object").keys().map(String::as_str).collect()
}

fn set<'a>(names: &[&'a str]) -> BTreeSet<&'a str> {
    names.iter().copied().collect()
}

const TOP: &[&str] = &["version", "tool", "findings", "skipped", "warnings", "stats"];
const TOOL: &[&str] = &["name", "version"];
const FINDING: &[&str] = &[
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
    "flow",
];
const FLOW_STEP: &[&str] = &["start", "end", "note"];
const POSITION: &[&str] = &["line", "column", "byte"];
const FIX: &[&str] = &["description", "edits"];
const EDIT: &[&str] = &["start_byte", "end_byte", "replacement"];
const SKIP: &[&str] = &["path", "reason", "description"];
const STATS: &[&str] = &[
    "files_scanned",
    "bytes_scanned",
    "rules_run",
    "findings",
    "by_severity",
    "skipped",
    "suppressed",
    "baselined",
    "elapsed_ms",
];
const BY_SEVERITY: &[&str] = &["critical", "high", "medium", "low", "info"];

#[test]
fn output_has_exactly_the_documented_fields() {
    let v = output();
    assert_eq!(keys(&v), set(TOP));
    assert_eq!(v["version"], SCHEMA_VERSION);
    assert_eq!(keys(&v["tool"]), set(TOOL));
    assert_eq!(keys(&v["stats"]), set(STATS));
    assert_eq!(keys(&v["stats"]["by_severity"]), set(BY_SEVERITY));
    for f in v["findings"].as_array().unwrap() {
        assert_eq!(keys(f), set(FINDING));
        assert_eq!(keys(&f["start"]), set(POSITION));
        assert_eq!(keys(&f["end"]), set(POSITION));
        for step in f["flow"].as_array().unwrap() {
            assert_eq!(keys(step), set(FLOW_STEP));
            assert_eq!(keys(&step["start"]), set(POSITION));
        }
        if !f["fix"].is_null() {
            assert_eq!(keys(&f["fix"]), set(FIX));
            for e in f["fix"]["edits"].as_array().unwrap() {
                assert_eq!(keys(e), set(EDIT));
            }
        }
    }
    for s in v["skipped"].as_array().unwrap() {
        assert_eq!(keys(s), set(SKIP));
    }
}

#[test]
fn values_round_trip() {
    let v = output();
    let report = fixture::report();
    assert_eq!(v["tool"], json!({"name": "vigil", "version": "0.1.0"}));

    let first = &v["findings"][0];
    let f = &report.findings[0];
    assert_eq!(first["rule_id"], "python.lang.yaml-load");
    assert_eq!(first["severity"], "high");
    assert_eq!(first["confidence"], "high");
    assert_eq!(first["cwe"], json!(["CWE-502"]));
    assert_eq!(first["path"], "app/config.py");
    assert_eq!(first["language"], "python");
    assert_eq!(first["start"], json!({"line": 12, "column": 11, "byte": 297}));
    assert_eq!(first["end"], json!({"line": 12, "column": 32, "byte": 318}));
    assert_eq!(first["lines"], json!(["    cfg = yaml.load(open(path))"]));
    assert_eq!(first["matched_text"], f.matched_text.as_str());
    assert_eq!(first["fingerprint"], f.fingerprint.as_str());
    assert_eq!(first["help_uri"], "https://pyyaml.org/wiki/PyYAMLDocumentation");
    assert_eq!(
        first["fix"],
        json!({
            "description": "Use yaml.safe_load, which only builds plain data",
            "edits": [{"start_byte": 297, "end_byte": 306, "replacement": "yaml.safe_load"}]
        })
    );
    // No fix and no help page are explicit nulls, not missing keys.
    assert!(v["findings"][1]["fix"].is_null());
    assert!(v["findings"][1]["help_uri"].is_null());
    assert_eq!(v["findings"][1]["lines"].as_array().unwrap().len(), 2);

    assert_eq!(
        v["skipped"],
        json!([{
            "path": "static/vendor.min.js",
            "reason": "minified",
            "description": "minified (average line length too long)"
        }])
    );
    assert_eq!(v["warnings"].as_array().unwrap().len(), 1);
    assert_eq!(v["stats"]["findings"], 3);
    assert_eq!(v["stats"]["by_severity"], json!({"critical": 1, "high": 1, "medium": 1, "low": 0, "info": 0}));
    assert_eq!(v["stats"]["elapsed_ms"], 37);

    // The schema structs read their own output back unchanged.
    let parsed: JsonReport = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(parsed, JsonReport::new(&report, &fixture::options()));
    assert_eq!(serde_json::to_value(&parsed).unwrap(), v);
}

#[test]
fn every_field_is_documented() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/OUTPUT-FORMATS.md");
    let doc = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    for field in [TOP, TOOL, FINDING, POSITION, FIX, EDIT, SKIP, STATS, BY_SEVERITY].concat() {
        assert!(doc.contains(&format!("`{field}`")), "docs/OUTPUT-FORMATS.md does not document `{field}`");
    }
}

//! `docs/RULES.md` is generated from the built-in rules and must be kept in
//! step with them.

use std::path::PathBuf;
use std::process::Command;

#[test]
fn the_rules_catalogue_is_up_to_date() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let output = Command::new(env!("CARGO_BIN_EXE_vigil"))
        .args(["rules", "--format", "markdown", "--no-config"])
        .current_dir(&root)
        .output()
        .expect("vigil runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let generated = String::from_utf8(output.stdout).expect("UTF-8 output");
    let committed = std::fs::read_to_string(root.join("docs/RULES.md")).unwrap_or_default();
    assert!(
        generated == committed,
        "docs/RULES.md is stale; regenerate it with\n  cargo run -p vigil-cli -- rules --format markdown --no-config > docs/RULES.md"
    );
    // Every built-in rule appears in the catalogue.
    let ids =
        Command::new(env!("CARGO_BIN_EXE_vigil")).args(["rules", "--format", "json", "--no-config"]).output().unwrap();
    let ids: serde_json::Value = serde_json::from_slice(&ids.stdout).unwrap();
    for rule in ids["rules"].as_array().unwrap() {
        let id = rule["id"].as_str().unwrap();
        assert!(generated.contains(&format!("`{id}`")), "{id} missing from the catalogue");
    }
}

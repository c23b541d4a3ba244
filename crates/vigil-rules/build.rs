//! Embeds the built-in rule pack (`rules/` at the workspace root) in the
//! binary: every `*.yaml` rule file, with its lesson (`*.md` of the same
//! name) when there is one, and the file already read into JSON, which
//! loads several times faster than YAML at start-up.

use std::fs;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml") {
            out.push(path);
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let rules_dir = manifest.join("../../rules");
    println!("cargo:rerun-if-changed={}", rules_dir.display());
    let mut files = Vec::new();
    collect(&rules_dir, &mut files);
    files.sort();
    let mut code = String::from("pub static BUILTIN_FILES: &[(&str, &str, &str)] = &[\n");
    let mut json = String::from("static BUILTIN_JSON: &[Option<&str>] = &[\n");
    for file in &files {
        // A file that does not read as YAML is embedded as YAML only, so that
        // loading it reports the error as for any rule file.
        let text = fs::read_to_string(file).unwrap_or_default();
        match serde_saphyr::from_str::<serde_json::Value>(&text) {
            Ok(value) => json.push_str(&format!("    Some({:?}),\n", value.to_string())),
            Err(_) => json.push_str("    None,\n"),
        }
        println!("cargo:rerun-if-changed={}", file.display());
        let rel = file.strip_prefix(&rules_dir).unwrap_or(file).to_string_lossy().replace('\\', "/");
        let lesson = file.with_extension("md");
        let lesson_expr = if lesson.exists() {
            println!("cargo:rerun-if-changed={}", lesson.display());
            format!("include_str!({:?})", lesson.display().to_string())
        } else {
            "\"\"".to_string()
        };
        code.push_str(&format!("    ({:?}, include_str!({:?}), {}),\n", rel, file.display().to_string(), lesson_expr));
    }
    code.push_str("];\n");
    json.push_str("];\n");
    code.push_str(&json);
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtin_rules.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}

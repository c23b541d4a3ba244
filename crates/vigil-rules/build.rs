//! Embeds the built-in rule pack (`rules/` at the workspace root) in the
//! binary: every `*.yaml` rule file, with its lesson (`*.md` of the same
//! name) when there is one.

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
    for file in &files {
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
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtin_rules.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}

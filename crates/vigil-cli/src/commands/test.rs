//! `vigil test`: Semgrep's rule-test convention. Each rule file is run on
//! the targets beside it with the same name (`x.yaml` → `x.py`), whose
//! comments say which lines must be reported (`ruleid:`) and which must not
//! (`ok:`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{bail, Result};
use serde_json::json;
use vigil_rules::testing::{run_target, targets_for};
use vigil_rules::{load_path, RuleSet};

use crate::cli::{ListFormat, TestArgs};

fn rule_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else {
            return;
        };
        let mut children: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        children.sort();
        for child in children {
            if child.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')) {
                continue;
            }
            rule_files(&child, out);
        }
    } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
        out.push(path.to_path_buf());
    }
}

pub fn run(args: TestArgs) -> Result<u8> {
    let mut files = Vec::new();
    let mut out = String::new();
    for p in &args.paths {
        if !p.exists() {
            bail!("{}: no such file or directory", p.display());
        }
        rule_files(p, &mut files);
    }
    if files.is_empty() {
        bail!("no rule files (.yaml, .yml) under the given paths");
    }
    let mut results = Vec::new();
    let mut load_errors = Vec::new();
    let (mut passed, mut failed) = (0usize, 0usize);
    for file in &files {
        let loaded = load_path(file);
        load_errors.extend(loaded.errors.iter().map(|e| e.to_string()));
        let ids: BTreeSet<String> = loaded.rules.iter().map(|r| r.id.clone()).collect();
        let targets = targets_for(file);
        if ids.is_empty() {
            continue;
        }
        if targets.is_empty() {
            results.push(json!({ "rule_file": file, "target": null, "passed": false, "error": "no test target beside the rule file" }));
            failed += 1;
            continue;
        }
        let rules = RuleSet::new(loaded.rules);
        for target in targets {
            let outcome = run_target(&rules, &ids, &target);
            if outcome.passed() {
                passed += 1;
            } else {
                failed += 1;
            }
            results.push(json!({
                "rule_file": file,
                "target": outcome.target,
                "rules": outcome.rules_tested,
                "passed": outcome.passed(),
                "error": outcome.error,
                "fix_mismatch": outcome.fix_mismatch,
                "missed": outcome.mismatches.iter().filter(|m| m.missed).map(|m| json!({"rule": m.rule_id, "line": m.line})).collect::<Vec<_>>(),
                "unexpected": outcome.mismatches.iter().filter(|m| !m.missed).map(|m| json!({"rule": m.rule_id, "line": m.line})).collect::<Vec<_>>(),
            }));
        }
    }
    failed += load_errors.len();
    match args.format {
        ListFormat::Json => {
            let doc = json!({ "passed": passed, "failed": failed, "results": results, "errors": load_errors });
            crate::outln!(out, "{}", serde_json::to_string_pretty(&doc)?);
        }
        ListFormat::Text => {
            for e in &load_errors {
                crate::outln!(out, "error  {e}");
            }
            for r in &results {
                let target = r["target"].as_str().unwrap_or("-");
                if r["passed"].as_bool() == Some(true) {
                    crate::outln!(out, "ok     {target}");
                    continue;
                }
                crate::outln!(
                    out,
                    "FAIL   {}",
                    if target == "-" { r["rule_file"].as_str().unwrap_or("") } else { target }
                );
                for key in ["error", "fix_mismatch"] {
                    if let Some(e) = r[key].as_str() {
                        crate::outln!(out, "       {e}");
                    }
                }
                for m in r["missed"].as_array().into_iter().flatten() {
                    crate::outln!(
                        out,
                        "       line {}: expected {} to match, it did not",
                        m["line"],
                        m["rule"].as_str().unwrap_or("")
                    );
                }
                for m in r["unexpected"].as_array().into_iter().flatten() {
                    crate::outln!(
                        out,
                        "       line {}: {} matched, but no `ruleid:` says it should",
                        m["line"],
                        m["rule"].as_str().unwrap_or("")
                    );
                }
            }
            crate::outln!(out, "{passed} passed, {failed} failed");
        }
    }
    crate::out::emit(&out)?;
    Ok(u8::from(failed > 0))
}

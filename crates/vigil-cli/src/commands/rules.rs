use anyhow::Result;
use serde_json::json;

use crate::cli::{CatalogueFormat, RulesArgs};
use crate::setup;

pub fn run(args: RulesArgs) -> Result<u8> {
    let config = setup::config(&args.rules, std::path::Path::new("."))?;
    let scanner = setup::builder(&args.rules, config.as_ref()).build()?;
    let mut out = String::new();
    for w in scanner.warnings() {
        eprintln!("vigil: warning: {w}");
    }
    let infos = scanner.rule_infos();
    match args.format {
        CatalogueFormat::Json => {
            let rules: Vec<_> = infos
                .iter()
                .map(|r| {
                    json!({
                        "id": r.id,
                        "languages": r.languages.iter().map(|l| l.name()).collect::<Vec<_>>(),
                        "severity": r.severity,
                        "confidence": r.confidence,
                        "cwe": r.cwe,
                        "owasp": r.owasp,
                        "description": r.short_description,
                        "source": r.source,
                        "has_lesson": !r.help.is_empty(),
                    })
                })
                .collect();
            crate::outln!(out, "{}", serde_json::to_string_pretty(&json!({ "rules": rules }))?);
        }
        CatalogueFormat::Markdown => out.push_str(&vigil_output::catalogue::rules_markdown(infos)),
        CatalogueFormat::Text => {
            let width = infos.iter().map(|r| r.id.len()).max().unwrap_or(0);
            for r in infos {
                let langs: Vec<&str> = r.languages.iter().map(|l| l.name()).collect();
                crate::outln!(
                    out,
                    "{:width$}  {:8}  {:10}  {}  {}",
                    r.id,
                    r.severity.as_str(),
                    r.cwe.join(","),
                    langs.join(","),
                    r.short_description,
                );
            }
            crate::outln!(out, "{} rules", infos.len());
        }
    }
    crate::out::emit(&out)?;
    Ok(0)
}

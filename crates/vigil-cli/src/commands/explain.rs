use anyhow::Result;

use crate::cli::ExplainArgs;
use crate::setup;

pub fn run(args: ExplainArgs) -> Result<u8> {
    let config = setup::config(&args.rules, std::path::Path::new("."))?;
    let scanner = setup::builder(&args.rules, config.as_ref()).build()?;
    let mut out = String::new();
    let picked = vigil::lessons::rules_for_topic(scanner.rule_infos(), &args.topic)?;
    for (i, r) in picked.iter().enumerate() {
        if i > 0 {
            crate::outln!(out, "\n---\n");
        }
        crate::outln!(out, "{}  ({}, {}; {})", r.id, r.severity, r.cwe.join(", "), r.owasp.join(", "));
        crate::outln!(out);
        if r.help.trim().is_empty() {
            crate::outln!(out, "{}", r.message.trim());
        } else {
            crate::outln!(out, "{}", r.help.trim());
        }
        if !r.references.is_empty() {
            crate::outln!(out, "\nReferences:");
            for link in &r.references {
                crate::outln!(out, "- {link}");
            }
        }
    }
    crate::out::emit(&out)?;
    Ok(0)
}

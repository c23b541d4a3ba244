use anyhow::{bail, Result};

use crate::cli::ExplainArgs;
use crate::setup;

pub fn run(args: ExplainArgs) -> Result<u8> {
    let config = setup::config(&args.rules, std::path::Path::new("."))?;
    let scanner = setup::builder(&args.rules, config.as_ref()).build()?;
    let mut out = String::new();
    let topic = args.topic.trim();
    let infos = scanner.rule_infos();
    let picked: Vec<_> = if topic.to_ascii_uppercase().starts_with("CWE-") {
        infos.iter().filter(|r| r.cwe.iter().any(|c| c.eq_ignore_ascii_case(topic))).collect()
    } else {
        infos.iter().filter(|r| r.id == topic).collect()
    };
    if picked.is_empty() {
        let close: Vec<&str> = infos
            .iter()
            .filter(|r| r.id.contains(topic) || topic.contains(r.id.as_str()))
            .map(|r| r.id.as_str())
            .take(5)
            .collect();
        if close.is_empty() {
            bail!("no rule or CWE `{topic}`; `vigil rules` lists them");
        }
        bail!("no rule `{topic}`; did you mean: {}?", close.join(", "));
    }
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

//! `--fix`: applying the fixes of a report to the files, or showing them.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use vigil::fixes::apply_fixes;
use vigil::{Finding, Language, Report};

use crate::cli::ScanArgs;

/// What `--fix` did.
pub struct Fixed {
    /// Findings with a fix that could not be applied.
    pub remaining: usize,
}

fn unified_diff(path: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{}", path.trim_start_matches('/')), &format!("b/{}", path.trim_start_matches('/')))
        .to_string()
}

/// Applies (or, with `--dry-run`, prints as a diff) the fixes of `report`.
/// Standard input is fixed in memory: the fixed text (or the diff) goes to
/// standard output.
pub fn apply(
    report: &Report,
    args: &ScanArgs,
    stdin: Option<&(PathBuf, String)>,
    language: Option<Language>,
) -> Result<Fixed> {
    let mut by_path: BTreeMap<&PathBuf, Vec<&Finding>> = BTreeMap::new();
    for f in report.findings.iter().filter(|f| f.fix.is_some()) {
        by_path.entry(&f.path).or_default().push(f);
    }
    let mut applied = 0usize;
    let mut remaining = 0usize;
    let mut files = 0usize;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if let Some((name, text)) = stdin {
        let findings = by_path.remove(name).unwrap_or_default();
        let lang = language.or_else(|| Language::from_path(name)).or_else(|| {
            (!vigil_input::looks_like_markdown(text)).then(|| Language::guess_from_content(text)).flatten()
        });
        let outcome = apply_fixes(text, lang, &findings);
        applied += outcome.applied.len();
        remaining += outcome.rejected.len();
        for (rule, line, why) in &outcome.rejected {
            eprintln!("vigil: not fixed: {}:{line} {rule}: {why}", name.display());
        }
        if args.dry_run {
            out.write_all(unified_diff(&name.to_string_lossy(), text, &outcome.text).as_bytes())?;
        } else {
            out.write_all(outcome.text.as_bytes())?;
        }
    }
    for (path, findings) in by_path {
        let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
        let Ok(text) = String::from_utf8(bytes) else {
            eprintln!("vigil: not fixed: {}: not valid UTF-8, so it is left untouched", path.display());
            remaining += findings.len();
            continue;
        };
        // Findings' offsets are into the decoded text, which has no BOM.
        let (bom, body) = match text.strip_prefix('\u{feff}') {
            Some(rest) => ("\u{feff}", rest),
            None => ("", text.as_str()),
        };
        let lang = Language::from_path(path).or_else(|| findings.first().map(|f| f.language));
        let lang =
            if Language::from_path(path).is_none() && vigil_input::looks_like_markdown(body) { None } else { lang };
        let outcome = apply_fixes(body, lang, &findings);
        for (rule, line, why) in &outcome.rejected {
            eprintln!("vigil: not fixed: {}:{line} {rule}: {why}", path.display());
        }
        remaining += outcome.rejected.len();
        if outcome.applied.is_empty() {
            continue;
        }
        applied += outcome.applied.len();
        files += 1;
        if args.dry_run {
            out.write_all(unified_diff(&path.to_string_lossy(), body, &outcome.text).as_bytes())?;
        } else {
            std::fs::write(path, format!("{bom}{}", outcome.text))
                .with_context(|| format!("{}: cannot write the fixed file", path.display()))?;
        }
    }
    out.flush()?;
    let verb = if args.dry_run { "would fix" } else { "fixed" };
    eprintln!("vigil: {verb} {applied} findings in {files} files; {remaining} fixes not applied");
    Ok(Fixed { remaining })
}

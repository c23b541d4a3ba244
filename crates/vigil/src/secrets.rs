//! Hard-coded secrets as findings. The `vigil-secrets` detectors run once on
//! the whole text of every file and chat answer (prose, configuration and
//! code alike: a key pasted in an answer's prose leaks as surely as one in
//! its code), beside the rules, and their findings go through the same
//! severity filter, suppressions, fingerprints and baselines.

use std::path::Path;

use vigil_core::{Language, RuleInfo, Severity};
use vigil_secrets::{ScanConfig, SecretScanner};

use crate::scanner::FileScan;
use crate::selection::is_enabled;
use crate::suppress::is_suppressed;

/// The secret detectors a scanner runs, chosen by the same selectors as
/// rules (`secrets.aws-*`, `secrets`, `CWE-798`).
#[derive(Debug)]
pub(crate) struct SecretsPass {
    scanner: SecretScanner,
    infos: Vec<RuleInfo>,
}

impl SecretsPass {
    /// `None` when the selectors leave no detector on.
    pub(crate) fn new(enable: &[String], disable: &[String]) -> Option<SecretsPass> {
        let mut disabled = Vec::new();
        let mut infos = Vec::new();
        for d in vigil_secrets::detectors() {
            let info = vigil_secrets::rule_info(d);
            if is_enabled(&info, enable, disable) {
                infos.push(info);
            } else {
                disabled.push(d.id.to_string());
            }
        }
        if infos.is_empty() {
            return None;
        }
        infos.sort_by(|a, b| a.id.cmp(&b.id));
        let scanner = SecretScanner::with_config(ScanConfig { disabled, ..ScanConfig::default() });
        Some(SecretsPass { scanner, infos })
    }

    /// The detectors as rules, sorted by id.
    pub(crate) fn infos(&self) -> &[RuleInfo] {
        &self.infos
    }

    /// Adds the secrets of `text` to `scan`, and masks them in the code
    /// frames of the findings `scan` already holds (a rule's finding on the
    /// line of a key would otherwise print the key).
    pub(crate) fn scan(
        &self,
        text: &str,
        path: &Path,
        language: Language,
        min_severity: Severity,
        scan: &mut FileScan,
    ) {
        let matches = self.scanner.scan(text);
        if matches.is_empty() {
            return;
        }
        for m in &matches {
            let secret = &text[m.start..m.end];
            let masked = vigil_secrets::mask_in_place(secret, m.known_prefix);
            for f in scan.findings.iter_mut() {
                if f.line_text.contains(secret) {
                    f.line_text = f.line_text.replace(secret, &masked);
                }
                if f.matched_text.contains(secret) {
                    f.matched_text = f.matched_text.replace(secret, &masked);
                }
            }
        }
        let found = vigil_secrets::to_findings(text, &matches, path, language);
        let lines: Vec<&str> = text.lines().collect();
        for finding in found {
            if finding.severity < min_severity {
                continue;
            }
            if is_suppressed(&lines, finding.span.start.line as usize - 1, &finding.rule_id) {
                scan.suppressed += 1;
                continue;
            }
            scan.findings.push(finding);
        }
    }
}

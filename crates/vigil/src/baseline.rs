//! Baselines: the findings a project has accepted, so that only new ones
//! fail a build. Findings are recognised by fingerprint, which survives
//! unrelated edits (see [`vigil_core::fingerprint`]).

use std::collections::BTreeSet;
use std::path::Path;

use serde::{Deserialize, Serialize};
use vigil_core::Finding;

use crate::Error;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<BaselineEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct BaselineEntry {
    pub fingerprint: String,
    pub rule_id: String,
    pub path: String,
    /// For people reading the file; not used for matching.
    pub line: u32,
}

impl Baseline {
    pub fn from_findings(findings: &[Finding]) -> Baseline {
        let mut entries: Vec<BaselineEntry> = findings
            .iter()
            .map(|f| BaselineEntry {
                fingerprint: f.fingerprint.clone(),
                rule_id: f.rule_id.clone(),
                path: f.path.to_string_lossy().replace('\\', "/"),
                line: f.span.start.line,
            })
            .collect();
        entries.sort();
        Baseline { version: 1, findings: entries }
    }

    pub fn write(&self, path: &Path) -> Result<(), Error> {
        let text = serde_json::to_string_pretty(self).expect("a baseline serializes");
        std::fs::write(path, text + "\n").map_err(|source| Error::Io { path: path.to_path_buf(), source })
    }

    pub fn read(path: &Path) -> Result<Baseline, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
        let baseline: Baseline = serde_json::from_str(&text)
            .map_err(|e| Error::Baseline { path: path.to_path_buf(), message: format!("not a Vigil baseline: {e}") })?;
        if baseline.version != 1 {
            return Err(Error::Baseline {
                path: path.to_path_buf(),
                message: format!("baseline version {} is not supported (expected 1)", baseline.version),
            });
        }
        Ok(baseline)
    }

    pub fn fingerprints(&self) -> BTreeSet<&str> {
        self.findings.iter().map(|e| e.fingerprint.as_str()).collect()
    }
}

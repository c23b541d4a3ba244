//! `vigil.toml`: a project's settings, found from the scan root upwards.
//!
//! ```toml
//! [scan]
//! exclude = ["vendor/", "*.min.js"]
//! max-file-size = 2000000
//! include-hidden = false
//! secrets = true                      # hard-coded credentials, in every text file
//!
//! [rules]
//! builtin = true
//! paths = ["security/rules"]        # extra rule files or directories
//! enable = []                         # ids, `prefix.*`, tags or CWE ids; empty = all
//! disable = ["CWE-327", "python.flask.debug-enabled"]
//!
//! [report]
//! fail-on = "high"
//! min-severity = "low"
//! ```
//!
//! Unknown keys are errors, so a typo never silently does nothing. Flags on
//! the command line override the file.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use vigil_core::Severity;

use crate::Error;

pub const CONFIG_FILE: &str = "vigil.toml";

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    #[serde(default)]
    pub scan: ScanSection,
    #[serde(default)]
    pub rules: RulesSection,
    #[serde(default)]
    pub report: ReportSection,
    /// `vigil serve` and `vigil report` (see [`crate::GuardSection`]).
    #[serde(default)]
    pub guard: crate::GuardSection,
    /// The file this came from; paths in it are relative to its directory.
    #[serde(skip)]
    pub file: Option<PathBuf>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ScanSection {
    #[serde(default)]
    pub exclude: Vec<String>,
    pub max_file_size: Option<u64>,
    pub include_hidden: Option<bool>,
    pub skip_minified: Option<bool>,
    pub skip_generated: Option<bool>,
    /// Scan the fenced code blocks of Markdown files as chat answers.
    pub markdown: Option<bool>,
    /// Look for hard-coded secrets (the `secrets.*` rules) in every file.
    pub secrets: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RulesSection {
    pub builtin: Option<bool>,
    #[serde(default)]
    pub paths: Vec<PathBuf>,
    #[serde(default)]
    pub enable: Vec<String>,
    #[serde(default)]
    pub disable: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ReportSection {
    pub fail_on: Option<String>,
    pub min_severity: Option<String>,
}

impl Config {
    /// Parses `text` as the contents of the file at `path`.
    pub fn parse(text: &str, path: &Path) -> Result<Config, Error> {
        let mut config: Config = toml::from_str(text)
            .map_err(|e| Error::Config { path: path.to_path_buf(), message: e.to_string().trim().to_string() })?;
        config.file = Some(path.to_path_buf());
        for (key, value) in [("fail-on", &config.report.fail_on), ("min-severity", &config.report.min_severity)] {
            if let Some(v) = value {
                v.parse::<Severity>()
                    .map_err(|e| Error::Config { path: path.to_path_buf(), message: format!("[report] {key}: {e}") })?;
            }
        }
        config.guard.validate().map_err(|message| Error::Config { path: path.to_path_buf(), message })?;
        Ok(config)
    }

    pub fn load(path: &Path) -> Result<Config, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
        Config::parse(&text, path)
    }

    /// The nearest `vigil.toml` in `start` (a file's directory, or a
    /// directory) or its ancestors.
    pub fn discover(start: &Path) -> Result<Option<Config>, Error> {
        let absolute = std::path::absolute(start).unwrap_or_else(|_| start.to_path_buf());
        let mut dir = if absolute.is_dir() { Some(absolute.as_path()) } else { absolute.parent() };
        while let Some(d) = dir {
            let candidate = d.join(CONFIG_FILE);
            if candidate.is_file() {
                return Config::load(&candidate).map(Some);
            }
            dir = d.parent();
        }
        Ok(None)
    }

    /// Extra rule paths, resolved against the config file's directory.
    pub fn rule_paths(&self) -> Vec<PathBuf> {
        let base = self.file.as_deref().and_then(Path::parent).unwrap_or(Path::new("."));
        self.rules.paths.iter().map(|p| if p.is_absolute() { p.clone() } else { base.join(p) }).collect()
    }

    pub fn fail_on(&self) -> Option<Severity> {
        self.report.fail_on.as_deref().and_then(|s| s.parse().ok())
    }

    pub fn min_severity(&self) -> Option<Severity> {
        self.report.min_severity.as_deref().and_then(|s| s.parse().ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_config_parses() {
        let text = r#"
[scan]
exclude = ["vendor/"]
max-file-size = 1000
[rules]
builtin = false
paths = ["r"]
disable = ["CWE-327"]
[report]
fail-on = "medium"
"#;
        let c = Config::parse(text, Path::new("/p/vigil.toml")).unwrap();
        assert_eq!(c.scan.exclude, vec!["vendor/"]);
        assert_eq!(c.scan.max_file_size, Some(1000));
        assert_eq!(c.rules.builtin, Some(false));
        assert_eq!(c.rule_paths(), vec![PathBuf::from("/p/r")]);
        assert_eq!(c.fail_on(), Some(Severity::Medium));
    }

    #[test]
    fn typos_and_bad_values_are_errors_that_name_the_file() {
        let e = Config::parse("[scan]\nexclud = []\n", Path::new("x/vigil.toml")).unwrap_err().to_string();
        assert!(e.starts_with("x/vigil.toml:") && e.contains("exclud"), "{e}");
        let e = Config::parse("[report]\nfail-on = \"severe\"\n", Path::new("vigil.toml")).unwrap_err().to_string();
        assert!(e.contains("fail-on") && e.contains("severe"), "{e}");
    }

    #[test]
    fn the_guard_section_parses_and_its_mistakes_are_named() {
        let text = "[guard]\npolicy = \"revise\"\nmax-rounds = 3\n[guard.models.\"gpt-4*\"]\npolicy = \"block\"\n[guard.routes.strict]\npolicy = \"block\"\nfail-on = \"high\"\n";
        let c = Config::parse(text, Path::new("vigil.toml")).unwrap();
        assert_eq!(c.guard.policy, Some(crate::GuardPolicy::Revise));
        assert_eq!(c.guard.max_rounds, Some(3));
        assert_eq!(c.guard.models["gpt-4*"].policy, Some(crate::GuardPolicy::Block));
        assert_eq!(c.guard.routes["strict"].fail_on.as_deref(), Some("high"));
        let e = Config::parse("[guard]\npolicy = \"blok\"\n", Path::new("vigil.toml")).unwrap_err().to_string();
        assert!(e.contains("blok") && e.contains("block"), "{e}");
        let e =
            Config::parse("[guard.routes.x]\npolcy = \"block\"\n", Path::new("vigil.toml")).unwrap_err().to_string();
        assert!(e.contains("polcy"), "{e}");
        let e =
            Config::parse("[guard.routes.x]\nfail-on = \"severe\"\n", Path::new("vigil.toml")).unwrap_err().to_string();
        assert!(e.contains("[guard.routes.x] fail-on"), "{e}");
        let e = Config::parse("[guard.routes.\"a/b\"]\n", Path::new("vigil.toml")).unwrap_err().to_string();
        assert!(e.contains("route name"), "{e}");
    }

    #[test]
    fn discovery_walks_up() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(CONFIG_FILE), "[report]\nfail-on = \"low\"\n").unwrap();
        let sub = dir.path().join("a/b");
        std::fs::create_dir_all(&sub).unwrap();
        let found = Config::discover(&sub).unwrap().unwrap();
        assert_eq!(found.fail_on(), Some(Severity::Low));
    }
}

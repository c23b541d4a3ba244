//! Turning flags and `vigil.toml` into a scanner builder.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use vigil::{Config, ScannerBuilder};

use crate::cli::RuleArgs;

/// The configuration in effect: `--config`, else the nearest vigil.toml
/// above `start`, unless `--no-config`.
pub fn config(args: &RuleArgs, start: &Path) -> Result<Option<Config>> {
    if args.no_config {
        return Ok(None);
    }
    if let Some(path) = &args.config {
        return Ok(Some(Config::load(path)?));
    }
    Ok(Config::discover(start)?)
}

/// A builder with the config applied first and flags on top.
pub fn builder(args: &RuleArgs, config: Option<&Config>) -> ScannerBuilder {
    let mut builder = vigil::Scanner::builder();
    if let Some(c) = config {
        builder = builder.config(c);
    }
    if args.no_builtin {
        builder = builder.builtin(false);
    }
    for path in &args.rules {
        builder = builder.rule_path(path.clone());
    }
    builder.enable(args.enable.iter().cloned()).disable(args.disable.iter().cloned())
}

/// The directory a scan of `paths` starts from, for config discovery.
pub fn start_dir(paths: &[PathBuf]) -> PathBuf {
    paths.iter().find(|p| p.as_os_str() != "-").cloned().unwrap_or_else(|| PathBuf::from("."))
}

pub fn parse_severity(value: &str, flag: &str) -> Result<vigil::Severity> {
    value.parse().with_context(|| format!("invalid {flag}"))
}

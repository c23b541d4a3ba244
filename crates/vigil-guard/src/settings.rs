//! The guard's settings: `[guard]` of `vigil.toml`, then command-line flags.

use std::net::SocketAddr;
use std::path::Path;
use std::time::Duration;

use vigil::GuardSection;

use crate::policy::PolicyTable;

pub const DEFAULT_LISTEN: &str = "127.0.0.1:8787";
pub const DEFAULT_DATABASE: &str = "vigil-guard.db";

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("{0}")]
    Invalid(String),
    #[error(
        "listening on {0}, beyond this machine, needs a bearer token: pass --token or set VIGIL_TOKEN (or bind 127.0.0.1)"
    )]
    TokenRequired(SocketAddr),
}

/// Sizes and times that bound every request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Largest request body accepted.
    pub max_body_bytes: usize,
    /// Largest upstream answer read (plain body, or a stream's total).
    pub max_answer_bytes: usize,
    /// A whole plain upstream call, or the wait for each piece of a stream.
    pub upstream_timeout: Duration,
    pub connect_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_body_bytes: 4_000_000,
            max_answer_bytes: 8_000_000,
            upstream_timeout: Duration::from_secs(120),
            connect_timeout: Duration::from_secs(10),
        }
    }
}

/// Everything `vigil serve` needs.
#[derive(Debug, Clone)]
pub struct GuardSettings {
    pub listen: SocketAddr,
    /// Base URL of the model endpoint, up to and including `/v1`.
    pub upstream: Option<String>,
    /// Sent upstream instead of the client's key when set.
    pub upstream_key: Option<String>,
    /// Clients must present it when set.
    pub token: Option<String>,
    pub policies: PolicyTable,
    /// Also redact e-mail addresses, phone numbers, cards and IBANs.
    pub redact_pii: bool,
    /// SQLite file or `postgres://` URL.
    pub database: String,
    pub limits: Limits,
}

impl Default for GuardSettings {
    fn default() -> Self {
        GuardSettings {
            listen: DEFAULT_LISTEN.parse().expect("valid default address"),
            upstream: None,
            upstream_key: None,
            token: None,
            policies: PolicyTable::default(),
            redact_pii: false,
            database: DEFAULT_DATABASE.to_string(),
            limits: Limits::default(),
        }
    }
}

impl GuardSettings {
    /// Settings from `[guard]`; relative database paths are resolved against
    /// `base` (the directory of the configuration file). Environment
    /// variables named in the section are read here.
    pub fn from_section(section: &GuardSection, base: &Path) -> Result<GuardSettings, SettingsError> {
        let mut s = GuardSettings { policies: PolicyTable::from_section(section)?, ..GuardSettings::default() };
        if let Some(listen) = &section.listen {
            s.listen = parse_listen(listen)?;
        }
        s.upstream = section.upstream.clone();
        if let Some(var) = &section.upstream_key_env {
            s.upstream_key = std::env::var(var).ok().filter(|v| !v.is_empty());
        }
        if let Some(var) = &section.token_env {
            s.token = std::env::var(var).ok().filter(|v| !v.is_empty());
        }
        s.redact_pii = section.redact_pii.unwrap_or(false);
        if let Some(db) = &section.database {
            s.database = if is_postgres_url(db) || Path::new(db).is_absolute() {
                db.clone()
            } else {
                base.join(db).to_string_lossy().into_owned()
            };
        }
        if let Some(n) = section.max_body_bytes {
            s.limits.max_body_bytes = n;
        }
        if let Some(n) = section.max_answer_bytes {
            s.limits.max_answer_bytes = n;
        }
        if let Some(n) = section.upstream_timeout_secs {
            s.limits.upstream_timeout = Duration::from_secs(n.max(1));
        }
        Ok(s)
    }

    /// Refuses settings that would expose the guard without a token.
    pub fn check(&self) -> Result<(), SettingsError> {
        if !self.listen.ip().is_loopback() && self.token.as_deref().is_none_or(str::is_empty) {
            return Err(SettingsError::TokenRequired(self.listen));
        }
        if let Some(u) = &self.upstream {
            if !(u.starts_with("http://") || u.starts_with("https://")) {
                return Err(SettingsError::Invalid(format!("upstream `{u}`: expected an http:// or https:// URL")));
            }
        }
        Ok(())
    }
}

pub fn parse_listen(text: &str) -> Result<SocketAddr, SettingsError> {
    text.parse().map_err(|_| {
        SettingsError::Invalid(format!("listen `{text}`: expected an address and port such as 127.0.0.1:8787"))
    })
}

pub fn is_postgres_url(s: &str) -> bool {
    s.starts_with("postgres://") || s.starts_with("postgresql://")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exposed_without_token_is_refused() {
        let mut s = GuardSettings { listen: "0.0.0.0:8787".parse().unwrap(), ..GuardSettings::default() };
        assert!(matches!(s.check(), Err(SettingsError::TokenRequired(_))));
        s.token = Some("t".into());
        assert!(s.check().is_ok());
        assert!(GuardSettings::default().check().is_ok());
    }

    #[test]
    fn relative_databases_are_next_to_the_config() {
        let section = GuardSection { database: Some("g.db".into()), ..GuardSection::default() };
        let s = GuardSettings::from_section(&section, Path::new("/etc/vigil")).unwrap();
        assert_eq!(s.database, "/etc/vigil/g.db");
        let section = GuardSection { database: Some("postgres://u@h/db".into()), ..GuardSection::default() };
        assert_eq!(GuardSettings::from_section(&section, Path::new("/x")).unwrap().database, "postgres://u@h/db");
    }
}

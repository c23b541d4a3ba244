//! The `[guard]` section of `vigil.toml`: settings of `vigil serve` (the scan
//! API and the OpenAI-compatible proxy) and of `vigil report`.
//!
//! ```toml
//! [guard]
//! listen = "127.0.0.1:8787"
//! upstream = "https://api.openai.com/v1"
//! upstream-key-env = "OPENAI_API_KEY"   # else the client's own key is forwarded
//! policy = "annotate"                   # annotate | block | revise
//! max-rounds = 2                        # revise: follow-up rounds at most
//! fail-on = "low"                       # findings at or above this make block/revise act
//! restore-secrets = true                # put redacted secrets back into answers
//! redact-pii = false                    # also redact e-mail, phone, card, IBAN
//! database = "vigil-guard.db"           # or postgres://user@host/db
//! max-body-bytes = 4000000
//! upstream-timeout-secs = 120
//!
//! [guard.models."gpt-4o*"]              # a glob on the request's model
//! policy = "revise"
//!
//! [guard.routes.strict]                 # clients using base URL /strict/v1
//! policy = "block"
//! ```
//!
//! Unknown keys are errors, as everywhere in the file.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;

/// What the guard does with an answer whose code has findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GuardPolicy {
    /// Let the answer through with a security review appended.
    #[default]
    Annotate,
    /// Withhold the vulnerable code and say why and what to change.
    Block,
    /// Send the findings back to the model for a corrected version.
    Revise,
}

impl GuardPolicy {
    pub const ALL: [GuardPolicy; 3] = [GuardPolicy::Annotate, GuardPolicy::Block, GuardPolicy::Revise];

    pub fn as_str(self) -> &'static str {
        match self {
            GuardPolicy::Annotate => "annotate",
            GuardPolicy::Block => "block",
            GuardPolicy::Revise => "revise",
        }
    }
}

impl fmt::Display for GuardPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for GuardPolicy {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        GuardPolicy::ALL
            .into_iter()
            .find(|p| p.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| format!("unknown policy `{s}` (expected annotate, block or revise)"))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct GuardSection {
    /// Address to bind, `127.0.0.1:8787` by default.
    pub listen: Option<String>,
    /// Base URL of the OpenAI-compatible endpoint, up to and including `/v1`.
    pub upstream: Option<String>,
    /// Environment variable that holds the upstream API key.
    pub upstream_key_env: Option<String>,
    /// Environment variable that holds the bearer token clients must send.
    pub token_env: Option<String>,
    pub policy: Option<GuardPolicy>,
    pub max_rounds: Option<u32>,
    pub fail_on: Option<String>,
    pub restore_secrets: Option<bool>,
    pub redact_pii: Option<bool>,
    /// SQLite file, or a `postgres://` URL.
    pub database: Option<String>,
    pub max_body_bytes: Option<usize>,
    pub max_answer_bytes: Option<usize>,
    pub upstream_timeout_secs: Option<u64>,
    /// Overrides for models whose name matches the glob.
    #[serde(default)]
    pub models: BTreeMap<String, GuardPolicySettings>,
    /// Overrides for clients that use the base URL `/NAME/v1`.
    #[serde(default)]
    pub routes: BTreeMap<String, GuardPolicySettings>,
}

/// A policy and its knobs; in `[guard]` the defaults, in `[guard.models.*]`
/// and `[guard.routes.*]` overrides of them.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct GuardPolicySettings {
    pub policy: Option<GuardPolicy>,
    pub max_rounds: Option<u32>,
    pub fail_on: Option<String>,
    pub restore_secrets: Option<bool>,
}

impl GuardSection {
    /// The policy settings of `[guard]` itself: the defaults.
    pub fn defaults(&self) -> GuardPolicySettings {
        GuardPolicySettings {
            policy: self.policy,
            max_rounds: self.max_rounds,
            fail_on: self.fail_on.clone(),
            restore_secrets: self.restore_secrets,
        }
    }

    /// Checks what serde cannot: severities, route names, model globs.
    pub(crate) fn validate(&self) -> Result<(), String> {
        let defaults = self.defaults();
        let all = std::iter::once(("[guard]".to_string(), &defaults))
            .chain(self.models.iter().map(|(k, v)| (format!("[guard.models.\"{k}\"]"), v)))
            .chain(self.routes.iter().map(|(k, v)| (format!("[guard.routes.{k}]"), v)));
        for (table, settings) in all {
            if let Some(v) = &settings.fail_on {
                v.parse::<vigil_core::Severity>().map_err(|e| format!("{table} fail-on: {e}"))?;
            }
            if settings.max_rounds.is_some_and(|n| n > 10) {
                return Err(format!("{table} max-rounds: at most 10"));
            }
        }
        for name in self.routes.keys() {
            if name.is_empty()
                || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                || name == "v1"
            {
                return Err(format!(
                    "[guard.routes.{name}]: a route name is letters, digits, `-` and `_` (and not `v1`)"
                ));
            }
        }
        Ok(())
    }
}

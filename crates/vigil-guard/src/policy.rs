//! Which policy applies to a request: the route's override, else the first
//! model glob that matches (in file order of the globs' names), else the
//! defaults of `[guard]`.

use std::collections::BTreeMap;

use globset::{Glob, GlobMatcher};
use vigil::{GuardPolicy, GuardPolicySettings, GuardSection, Severity};

use crate::settings::SettingsError;

/// The resolved policy for one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    pub action: GuardPolicy,
    /// Revise: follow-up rounds at most.
    pub max_rounds: u32,
    /// Findings at or above this make `block` and `revise` act.
    pub fail_on: Severity,
    /// Put redacted secrets back into the answer.
    pub restore_secrets: bool,
}

impl Default for Policy {
    fn default() -> Self {
        Policy { action: GuardPolicy::Annotate, max_rounds: 2, fail_on: Severity::Low, restore_secrets: true }
    }
}

impl Policy {
    fn with(&self, o: &GuardPolicySettings) -> Result<Policy, SettingsError> {
        let fail_on = match &o.fail_on {
            Some(s) => s.parse::<Severity>().map_err(|e| SettingsError::Invalid(format!("fail-on: {e}")))?,
            None => self.fail_on,
        };
        Ok(Policy {
            action: o.policy.unwrap_or(self.action),
            max_rounds: o.max_rounds.unwrap_or(self.max_rounds),
            fail_on,
            restore_secrets: o.restore_secrets.unwrap_or(self.restore_secrets),
        })
    }
}

/// The defaults and the overrides per model and per route.
#[derive(Debug, Clone, Default)]
pub struct PolicyTable {
    pub default: Policy,
    models: Vec<(String, GlobMatcher, Policy)>,
    routes: BTreeMap<String, Policy>,
}

impl PolicyTable {
    pub fn from_section(section: &GuardSection) -> Result<PolicyTable, SettingsError> {
        let default = Policy::default().with(&section.defaults())?;
        let mut models = Vec::new();
        for (pattern, o) in &section.models {
            let glob = Glob::new(pattern)
                .map_err(|e| SettingsError::Invalid(format!("[guard.models.\"{pattern}\"]: {e}")))?
                .compile_matcher();
            models.push((pattern.clone(), glob, default.with(o)?));
        }
        let mut routes = BTreeMap::new();
        for (name, o) in &section.routes {
            routes.insert(name.clone(), default.with(o)?);
        }
        Ok(PolicyTable { default, models, routes })
    }

    pub fn has_route(&self, name: &str) -> bool {
        self.routes.contains_key(name)
    }

    /// The policy for a request to `route` (None: the plain `/v1`) for `model`.
    pub fn resolve(&self, route: Option<&str>, model: &str) -> Policy {
        if let Some(p) = route.and_then(|r| self.routes.get(r)) {
            return p.clone();
        }
        self.models
            .iter()
            .find(|(_, g, _)| g.is_match(model))
            .map(|(_, _, p)| p.clone())
            .unwrap_or_else(|| self.default.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_win_over_models_which_win_over_defaults() {
        let text = "[guard]\npolicy = \"annotate\"\n[guard.models.\"gpt-4*\"]\npolicy = \"revise\"\nmax-rounds = 4\n[guard.routes.strict]\npolicy = \"block\"\nfail-on = \"high\"\n";
        let config = vigil::Config::parse(text, std::path::Path::new("vigil.toml")).unwrap();
        let table = PolicyTable::from_section(&config.guard).unwrap();
        assert_eq!(table.resolve(None, "llama3").action, GuardPolicy::Annotate);
        let p = table.resolve(None, "gpt-4o");
        assert_eq!((p.action, p.max_rounds), (GuardPolicy::Revise, 4));
        let p = table.resolve(Some("strict"), "gpt-4o");
        assert_eq!((p.action, p.fail_on), (GuardPolicy::Block, Severity::High));
        assert!(table.has_route("strict") && !table.has_route("lax"));
    }
}

//! The verification hook. Vigil makes no network calls: this trait is where
//! a later verifier (an opt-in CLI flag, the guard proxy) plugs in, using each
//! detector's [`crate::VerifyHint`].

use serde::{Deserialize, Serialize};

use crate::detector::Detector;

/// What a provider said about a secret.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "status", content = "detail")]
pub enum Verification {
    /// Not checked (the default: no verifier ran).
    #[default]
    Unverified,
    /// The provider accepted the secret: it is live.
    Valid,
    /// The provider rejected it: revoked, expired or never real.
    Invalid,
    /// The check could not be made (network, rate limit, unsupported).
    Error(String),
}

/// Confirms secrets with their provider. Implementations must be read-only
/// (no side effects on the account), bounded in time, and must never log or
/// store the secret.
pub trait Verifier: Send + Sync {
    /// Whether this verifier knows how to check secrets of `detector`.
    fn supports(&self, detector: &Detector) -> bool;
    /// Checks one secret.
    fn verify(&self, detector: &Detector, secret: &str) -> Verification;
}

/// Runs `verifier` on every match it supports, filling in `verification`.
pub fn verify_matches(text: &str, matches: &mut [crate::SecretMatch], verifier: &dyn Verifier) {
    for m in matches.iter_mut() {
        let d = m.detector();
        if verifier.supports(d) {
            m.verification = verifier.verify(d, &text[m.start..m.end]);
        }
    }
}

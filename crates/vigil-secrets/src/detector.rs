//! What a detector is: data, not code. The table itself is in `detectors.rs`.

use std::fmt;

use serde::{Deserialize, Serialize};
use vigil_core::{Confidence, Severity};

/// The kind of service or credential a detector belongs to. Used for
/// listing, for accuracy tables and for policies ("block cloud credentials").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    /// AWS, GCP, Azure, DigitalOcean, Alibaba, Cloudflare, Heroku, ...
    Cloud,
    /// CI/CD, infrastructure, observability and secret managers (Vault,
    /// Terraform Cloud, Grafana, Datadog, Sentry, Docker Hub, ...).
    Infrastructure,
    /// GitHub, GitLab, Bitbucket, Atlassian, Azure DevOps-like code hosts.
    SourceHosting,
    /// Slack, Discord, Telegram, Microsoft Teams, ...
    Chat,
    /// Stripe, Square, PayPal/Braintree, Plaid, ...
    Payments,
    /// OpenAI, Anthropic, Hugging Face, Groq, Replicate, ...
    AiProvider,
    /// Messaging and e-mail delivery: Twilio, SendGrid, Mailgun, Mailchimp, ...
    Messaging,
    /// npm, PyPI, crates.io, RubyGems, NuGet, JFrog, ...
    PackageRegistry,
    /// PEM, OpenSSH, PuTTY, PGP and age private keys.
    PrivateKey,
    /// Provider-neutral tokens: JWTs and `Authorization` headers.
    Token,
    /// Database, broker and service URLs and connection strings with passwords.
    ConnectionString,
    /// Other SaaS APIs: Shopify, HubSpot, Notion, Airtable, Mapbox, Okta, ...
    Saas,
    /// `password = "..."`, `api_key: ...`: keyword context plus entropy.
    Generic,
}

impl Family {
    pub const ALL: [Family; 13] = [
        Family::Cloud,
        Family::Infrastructure,
        Family::SourceHosting,
        Family::Chat,
        Family::Payments,
        Family::AiProvider,
        Family::Messaging,
        Family::PackageRegistry,
        Family::PrivateKey,
        Family::Token,
        Family::ConnectionString,
        Family::Saas,
        Family::Generic,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Family::Cloud => "cloud",
            Family::Infrastructure => "infrastructure",
            Family::SourceHosting => "source-hosting",
            Family::Chat => "chat",
            Family::Payments => "payments",
            Family::AiProvider => "ai-provider",
            Family::Messaging => "messaging",
            Family::PackageRegistry => "package-registry",
            Family::PrivateKey => "private-key",
            Family::Token => "token",
            Family::ConnectionString => "connection-string",
            Family::Saas => "saas",
            Family::Generic => "generic",
        }
    }

    /// Provider-format families: a fixed, documented token shape. Everything
    /// but the keyword-and-entropy generic family.
    pub fn is_provider_format(self) -> bool {
        !matches!(self, Family::Generic)
    }
}

impl fmt::Display for Family {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a detector recognises its secret; decides which allowlist checks run
/// and which detector wins when two match the same bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A literal prefix or infix fixes the format (`ghp_`, `xoxb-`, `AKIA`).
    Prefixed,
    /// A provider-neutral shape (hex, UUID, base62) that only counts next to
    /// the provider's name: `HEROKU_API_KEY = "<uuid>"`.
    Context,
    /// A multi-line block (PEM, PuTTY, PGP).
    Block,
    /// The password part of a URL or connection string.
    Password,
    /// A variable named like a credential, judged by its value.
    Generic,
}

impl Kind {
    /// Higher wins an overlap.
    pub(crate) fn priority(self) -> u8 {
        match self {
            Kind::Prefixed | Kind::Block => 4,
            Kind::Context => 3,
            Kind::Password => 2,
            Kind::Generic => 1,
        }
    }
}

/// A structural check of a candidate secret that a regex cannot express: a
/// checksum, a decodable header, a minimum key body. `check` receives the
/// secret's bytes exactly as they appear in the text.
#[derive(Clone, Copy)]
pub struct Validator {
    pub name: &'static str,
    pub check: fn(&str) -> bool,
}

impl fmt::Debug for Validator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

/// How a provider could confirm that a secret is live. Data only: Vigil
/// makes no network calls; a [`crate::Verifier`] may use this later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct VerifyHint {
    /// HTTP method and URL of a read-only endpoint that needs the credential.
    pub method: &'static str,
    pub url: &'static str,
    /// How the secret is presented: `bearer`, `basic-user`, `basic-password`,
    /// `header:<Name>`, `query:<param>`.
    pub auth: &'static str,
    /// Status codes that mean the secret is valid.
    pub ok_status: &'static [u16],
}

/// One secret detector. Built-in detectors live in a static table
/// ([`crate::detectors`]); the scanner compiles their patterns lazily.
#[derive(Debug, Clone, Copy)]
pub struct Detector {
    /// Stable id, kebab-case: `aws-access-key-id`. The rule id of its
    /// findings is `secrets.<id>`.
    pub id: &'static str,
    pub family: Family,
    /// Human name: "AWS access key ID".
    pub name: &'static str,
    /// Literal words for the keyword prefilter (`keywords.rs`). The detector's regex
    /// runs only near an occurrence of one of them (matched ignoring ASCII
    /// case). Empty: the regex
    /// runs over the whole text (for formats without a usable literal).
    pub keywords: &'static [&'static str],
    /// Regex over bytes (ASCII mode). The secret is the capture group named
    /// `s` (or `s2`, `s3`, `s4` for alternatives); without named groups, the
    /// whole match.
    pub pattern: &'static str,
    pub kind: Kind,
    /// Minimum Shannon entropy, in bits per character, of the secret with
    /// its literal prefix removed.
    pub min_entropy: f32,
    pub severity: Severity,
    pub confidence: Confidence,
    pub validator: Option<Validator>,
    /// How far before a keyword occurrence a match may start, in bytes.
    /// 0: the match starts at the keyword, and the regex runs anchored
    /// there (unless `floating`).
    pub reach_before: u32,
    /// The match may start anywhere after the keyword (Docker's `"auths"`
    /// opens a block whose `"auth"` values are the secrets).
    pub floating: bool,
    /// The match starts at the beginning of the identifier that contains
    /// the keyword (`DB_PASSWORD` for `pass`): the search runs anchored
    /// there.
    pub anchor_identifier: bool,
    /// How far after a keyword occurrence a match may end, in bytes.
    pub reach_after: u32,
    /// A fixed run inside the format (Dropbox's `AAAAAAAAAA`), removed
    /// before the placeholder and entropy checks.
    pub infix: &'static str,
    /// Where the format is documented.
    pub reference: &'static str,
    pub verify: Option<VerifyHint>,
}

impl Detector {
    pub(crate) const DEFAULT: Detector = Detector {
        id: "",
        family: Family::Generic,
        name: "",
        keywords: &[],
        pattern: "",
        kind: Kind::Prefixed,
        min_entropy: 3.0,
        severity: Severity::High,
        confidence: Confidence::High,
        validator: None,
        reach_before: 0,
        floating: false,
        anchor_identifier: false,
        reach_after: 640,
        infix: "",
        reference: "",
        verify: None,
    };

    /// The rule id of this detector's findings: `secrets.<id>`.
    pub fn rule_id(&self) -> String {
        format!("secrets.{}", self.id)
    }
}

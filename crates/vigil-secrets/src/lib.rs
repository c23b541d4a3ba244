//! Vigil's secret detection and redaction.
//!
//! - [`SecretScanner::scan`] finds secrets in any text (code, `.env`, YAML,
//!   JSON, notebooks, chat answers and prompts) with 200+ detectors written
//!   from providers' documented token formats, private-key blocks,
//!   connection strings, and a keyword-and-entropy generic detector.
//!   Placeholders, documented example keys and references (`${VAR}`,
//!   `os.environ[...]`) are let through.
//! - [`SecretScanner::findings`] turns matches into [`vigil_core::Finding`]s
//!   (CWE-798, masked: the secret is never in a finding).
//! - [`SecretScanner::redact`] / [`unredact`] replace secrets (and, on
//!   request, e-mail addresses, phone numbers, card numbers, IBANs) with
//!   stable placeholders such as `[[SECRET_1:aws-access-key-id]]`, and
//!   restore them.
//! - Detectors are data ([`detectors`]); each may carry a [`VerifyHint`] for
//!   a future [`Verifier`]. No network calls are made.
//!
//! ```
//! use vigil_secrets::{SecretScanner, RedactOptions, unredact};
//! let scanner = SecretScanner::global();
//! let text = "client = boto3.client('s3', aws_access_key_id='AKIAZ7Q2WXRT5MBNLK4P')";
//! let found = scanner.scan(text);
//! assert_eq!(found[0].detector_id, "aws-access-key-id");
//! assert_eq!(found[0].masked, "AKIA************LK4P");
//! let r = scanner.redact(text, &RedactOptions::default());
//! assert!(r.text.contains("[[SECRET_1:aws-access-key-id]]"));
//! assert_eq!(unredact(&r.text, &r.mapping), text);
//! ```

mod allow;
mod detector;
mod detectors;
mod finding;
mod generic;
mod keywords;
mod mask;
mod redact;
mod scan;
mod validate;
mod verify;

pub use allow::{entropy, is_placeholder_generic, is_placeholder_token, DOCUMENTED_EXAMPLES};
pub use detector::{Detector, Family, Kind, Validator, VerifyHint};
pub use finding::{masked_text, rule_info, rule_infos, to_findings, CWE, OWASP};
pub use mask::{mask, mask_in_place, mask_with_prefix};
pub use redact::{unredact, Mapping, MappingEntry, RedactOptions, RedactedSpan, Redaction};
pub use scan::{ScanConfig, SecretMatch, SecretScanner};
pub use validate::{base62, crc32, github_checksum, iban, luhn};
pub use verify::{verify_matches, Verification, Verifier};

/// Every built-in detector, in table order.
pub fn detectors() -> &'static [Detector] {
    detectors::DETECTORS
}

/// The built-in detector with this id.
pub fn detector(id: &str) -> Option<&'static Detector> {
    detectors::DETECTORS.iter().find(|d| d.id == id)
}

/// Redacts `text` with the shared scanner: the library call for the guard
/// proxy.
pub fn redact(text: &str, options: &RedactOptions) -> Redaction {
    SecretScanner::global().redact(text, options)
}

/// Scans `text` with the shared scanner.
pub fn scan(text: &str) -> Vec<SecretMatch> {
    SecretScanner::global().scan(text)
}

#[cfg(test)]
mod tests {
    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn scanner_is_shareable() {
        assert_send_sync::<super::SecretScanner>();
    }
}

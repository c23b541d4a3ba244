//! `redact`: secrets (and, on request, personal data) replaced by stable
//! placeholders. The result never holds a secret, not even masked: only
//! placeholders, kinds and counts.

use std::collections::BTreeMap;

use vigil_secrets::{Mapping, RedactOptions, SecretScanner};

use crate::output::{PlaceholderBrief, RedactResult};

/// Past this many entries the session's mapping starts afresh, so that a
/// long-running server does not hold secrets without bound.
pub const MAX_MAPPING_ENTRIES: usize = 10_000;

/// Redacts `text`, reusing `mapping` so the same secret gets the same
/// placeholder across the calls of one session.
pub fn redact(text: &str, pii: bool, mapping: &mut Mapping) -> RedactResult {
    if mapping.len() > MAX_MAPPING_ENTRIES {
        *mapping = Mapping::new();
    }
    let options = if pii { RedactOptions::default().with_pii() } else { RedactOptions::default() };
    let (redacted_text, spans) = SecretScanner::global().redact_with(text, &options, mapping);
    let mut by_placeholder: BTreeMap<&str, (usize, &vigil_secrets::RedactedSpan)> = BTreeMap::new();
    for s in &spans {
        by_placeholder.entry(s.placeholder.as_str()).or_insert((0, s)).0 += 1;
    }
    let mut placeholders: Vec<PlaceholderBrief> = by_placeholder
        .values()
        .map(|(n, s)| PlaceholderBrief {
            placeholder: s.placeholder.clone(),
            category: s.category.to_string(),
            kind: s.kind.clone(),
            occurrences: *n,
        })
        .collect();
    // In order of first appearance in the text.
    placeholders.sort_by_key(|p| spans.iter().position(|s| s.placeholder == p.placeholder));
    RedactResult { redacted_text, redacted: spans.len(), placeholders }
}

pub fn summary(result: &RedactResult) -> String {
    if result.redacted == 0 {
        return "Nothing to redact: the text is unchanged.".into();
    }
    let list: Vec<String> =
        result.placeholders.iter().map(|p| format!("{} ({}, x{})", p.placeholder, p.kind, p.occurrences)).collect();
    format!(
        "Redacted {} occurrence(s) of {} value(s): {}. Redacted text:\n{}",
        result.redacted,
        result.placeholders.len(),
        list.join(", "),
        result.redacted_text
    )
}

//! Fingerprints that survive unrelated edits.
//!
//! A finding's fingerprint hashes the rule id, the path and the matched text
//! with whitespace collapsed, plus how many identical (rule, path, text)
//! findings came before it in the file. Line numbers are left out on purpose:
//! adding a line above a finding must not make a baseline forget it.

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use crate::Finding;

/// The fingerprint of a match of `rule_id` on `matched_text` in `path`, the
/// `occurrence`-th (0-based) such match in that file.
pub fn fingerprint(rule_id: &str, path: &str, matched_text: &str, occurrence: usize) -> String {
    let mut hasher = Sha256::new();
    hasher.update(rule_id.as_bytes());
    hasher.update([0]);
    hasher.update(path.replace('\\', "/").as_bytes());
    hasher.update([0]);
    for word in matched_text.split_whitespace() {
        hasher.update(word.as_bytes());
        hasher.update([b' ']);
    }
    hasher.update([0]);
    hasher.update(occurrence.to_le_bytes());
    let digest = hasher.finalize();
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// Fills in `fingerprint` for findings already sorted by position.
pub fn assign_fingerprints(findings: &mut [Finding]) {
    let mut seen: HashMap<(String, String, String), usize> = HashMap::new();
    for f in findings.iter_mut() {
        let path = f.path.to_string_lossy().to_string();
        let normalized: String = f.matched_text.split_whitespace().collect::<Vec<_>>().join(" ");
        let key = (f.rule_id.clone(), path.clone(), normalized);
        let n = seen.entry(key).or_insert(0);
        f.fingerprint = fingerprint(&f.rule_id, &path, &f.matched_text, *n);
        *n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_changes_do_not_change_the_fingerprint() {
        let a = fingerprint("r", "a.py", "eval( x )", 0);
        let b = fingerprint("r", "a.py", "eval(\n    x )", 0);
        assert_eq!(a, b);
        assert_ne!(a, fingerprint("r", "a.py", "eval(y)", 0));
        assert_ne!(a, fingerprint("r", "b.py", "eval( x )", 0));
        assert_ne!(a, fingerprint("r", "a.py", "eval( x )", 1));
        assert_ne!(a, fingerprint("s", "a.py", "eval( x )", 0));
        assert_eq!(a.len(), 32);
    }
}

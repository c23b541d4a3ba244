//! Choosing rules by id, id prefix (`python.*`), tag or CWE (`CWE-89`).

use vigil_core::RuleInfo;

/// Whether `selector` picks `rule`.
pub fn selects(selector: &str, rule: &RuleInfo) -> bool {
    let s = selector.trim();
    if s.is_empty() {
        return false;
    }
    if let Some(prefix) = s.strip_suffix('*') {
        return rule.id.starts_with(prefix);
    }
    if rule.id == s {
        return true;
    }
    if s.to_ascii_uppercase().starts_with("CWE-") {
        return rule.cwe.iter().any(|c| c.eq_ignore_ascii_case(s));
    }
    rule.tags.iter().any(|t| t.eq_ignore_ascii_case(s)) || rule.languages.iter().any(|l| l.name() == s)
}

/// Whether a rule is on: picked by `enable` (or `enable` is empty) and not
/// picked by `disable`.
pub fn is_enabled(rule: &RuleInfo, enable: &[String], disable: &[String]) -> bool {
    (enable.is_empty() || enable.iter().any(|s| selects(s, rule))) && !disable.iter().any(|s| selects(s, rule))
}

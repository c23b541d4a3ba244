//! Rule lessons as parts: which rules a topic (a rule id or a CWE) names, and
//! the sections of a lesson (what is wrong, how it is exploited, the
//! vulnerable and the secure version), for `vigil explain` and for callers
//! that need them short (the MCP server, the guard).

use vigil_core::RuleInfo;

/// Why a topic names no rule.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TopicError {
    #[error("no rule or CWE `{0}`; `vigil rules` lists them")]
    Unknown(String),
    #[error("no rule `{topic}`; did you mean: {}?", suggestions.join(", "))]
    Close { topic: String, suggestions: Vec<String> },
}

/// `CWE-89` for `cwe-89`, `CWE89`, `cwe_089`; `None` when `topic` is not a
/// CWE id.
pub fn normalize_cwe(topic: &str) -> Option<String> {
    let t = topic.trim();
    let rest = t.get(..3).filter(|p| p.eq_ignore_ascii_case("cwe")).map(|_| &t[3..])?;
    let digits = rest.trim_start_matches(['-', '_', ' ']);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = digits.trim_start_matches('0');
    Some(format!("CWE-{}", if n.is_empty() { "0" } else { n }))
}

/// The rules `topic` names: the rule with that id, or every rule tagged with
/// that CWE. When none, up to five ids that contain the topic (or that it
/// contains) are suggested.
pub fn rules_for_topic<'a>(infos: &'a [RuleInfo], topic: &str) -> Result<Vec<&'a RuleInfo>, TopicError> {
    let topic = topic.trim();
    let picked: Vec<&RuleInfo> = match normalize_cwe(topic) {
        Some(cwe) => infos.iter().filter(|r| r.cwe.iter().any(|c| c.eq_ignore_ascii_case(&cwe))).collect(),
        None => infos.iter().filter(|r| r.id == topic).collect(),
    };
    if !picked.is_empty() {
        return Ok(picked);
    }
    let suggestions: Vec<String> = infos
        .iter()
        .filter(|r| r.id.contains(topic) || topic.contains(r.id.as_str()))
        .map(|r| r.id.clone())
        .take(5)
        .collect();
    if suggestions.is_empty() {
        Err(TopicError::Unknown(topic.to_string()))
    } else {
        Err(TopicError::Close { topic: topic.to_string(), suggestions })
    }
}

/// A lesson cut into its parts. Rule lessons have the four sections below;
/// a lesson without them keeps its first paragraph as `what_is_wrong` and
/// the rest as `secure`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LessonParts {
    /// The lesson's first heading, without `#`.
    pub title: String,
    pub what_is_wrong: String,
    pub how_it_is_exploited: String,
    /// The vulnerable example, as Markdown (usually one code block).
    pub vulnerable: String,
    /// The secure version, as Markdown.
    pub secure: String,
}

/// Splits a Markdown lesson at its `## ` headings.
pub fn lesson_parts(help: &str) -> LessonParts {
    let mut parts = LessonParts::default();
    let mut current: Option<&mut String> = None;
    let mut preamble = String::new();
    let mut sectioned = false;
    for line in help.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            let name = h.trim().to_ascii_lowercase();
            current = match name.as_str() {
                "what is wrong" => Some(&mut parts.what_is_wrong),
                "how it is exploited" | "how it is attacked" | "why it matters" => Some(&mut parts.how_it_is_exploited),
                "vulnerable" => Some(&mut parts.vulnerable),
                "secure" | "the secure version" | "fix" => Some(&mut parts.secure),
                _ => None,
            };
            if current.is_some() {
                sectioned = true;
                continue;
            }
            if parts.title.is_empty() {
                parts.title = h.trim().to_string();
                continue;
            }
        } else if let Some(h) = line.strip_prefix("# ") {
            if parts.title.is_empty() {
                parts.title = h.trim().to_string();
                continue;
            }
        }
        match current.as_deref_mut() {
            Some(section) => {
                section.push_str(line);
                section.push('\n');
            }
            None => {
                preamble.push_str(line);
                preamble.push('\n');
            }
        }
    }
    if !sectioned {
        let text = preamble.trim();
        let (first, rest) = text.split_once("\n\n").unwrap_or((text, ""));
        parts.what_is_wrong = first.to_string();
        parts.secure = rest.to_string();
    }
    for s in [&mut parts.what_is_wrong, &mut parts.how_it_is_exploited, &mut parts.vulnerable, &mut parts.secure] {
        *s = s.trim().to_string();
    }
    parts
}

/// One line of a rule's lesson: the first sentence of what is wrong, with
/// whitespace collapsed, at most `max_chars` characters; the rule's short
/// description when it has no lesson.
pub fn lesson_line(rule: &RuleInfo, max_chars: usize) -> String {
    let parts = lesson_parts(&rule.help);
    let source = if parts.what_is_wrong.is_empty() { rule.short_description.as_str() } else { &parts.what_is_wrong };
    let flat = source.split_whitespace().collect::<Vec<_>>().join(" ");
    let sentence = match flat.find(". ") {
        Some(i) => &flat[..=i],
        None => flat.as_str(),
    };
    truncate_chars(sentence, max_chars)
}

/// `text` cut to at most `max_chars` characters, with `…` when cut.
pub fn truncate_chars(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars.saturating_sub(1)) {
        Some((i, _)) if text[i..].chars().nth(1).is_some() => format!("{}…", &text[..i]),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LESSON: &str = "# `eval` of a computed string (CWE-95)\n\n## What is wrong\n`eval` runs its argument as code. Anything from outside controls it.\n\n## How it is exploited\nAn attacker sends code.\n\n## Vulnerable\n```python\neval(x)\n```\n\n## Secure\n```python\nast.literal_eval(x)\n```\n";

    fn rule(id: &str, cwe: &[&str], help: &str) -> RuleInfo {
        RuleInfo {
            id: id.into(),
            short_description: "short".into(),
            message: String::new(),
            help: help.into(),
            severity: vigil_core::Severity::High,
            confidence: vigil_core::Confidence::High,
            cwe: cwe.iter().map(|c| c.to_string()).collect(),
            owasp: Vec::new(),
            languages: Vec::new(),
            tags: Vec::new(),
            source: "test".into(),
            references: Vec::new(),
        }
    }

    #[test]
    fn sections() {
        let p = lesson_parts(LESSON);
        assert_eq!(p.title, "`eval` of a computed string (CWE-95)");
        assert_eq!(p.what_is_wrong, "`eval` runs its argument as code. Anything from outside controls it.");
        assert_eq!(p.how_it_is_exploited, "An attacker sends code.");
        assert_eq!(p.vulnerable, "```python\neval(x)\n```");
        assert_eq!(p.secure, "```python\nast.literal_eval(x)\n```");
        let unsectioned = lesson_parts("## Name\n\nFirst para\nstill.\n\nSecond.\n\nThird.\n");
        assert_eq!(unsectioned.title, "Name");
        assert_eq!(unsectioned.what_is_wrong, "First para\nstill.");
        assert_eq!(unsectioned.secure, "Second.\n\nThird.");
    }

    #[test]
    fn one_line() {
        assert_eq!(lesson_line(&rule("a", &[], LESSON), 200), "`eval` runs its argument as code.");
        assert_eq!(lesson_line(&rule("a", &[], LESSON), 10), "`eval` ru…");
        assert_eq!(lesson_line(&rule("a", &[], ""), 200), "short");
    }

    #[test]
    fn topics() {
        let infos =
            vec![rule("py.sql", &["CWE-89"], ""), rule("js.sql", &["CWE-89"], ""), rule("py.eval", &["CWE-95"], "")];
        assert_eq!(normalize_cwe("cwe_089").as_deref(), Some("CWE-89"));
        assert_eq!(normalize_cwe("CWE89").as_deref(), Some("CWE-89"));
        assert_eq!(normalize_cwe("cwe-x"), None);
        assert_eq!(normalize_cwe("py.sql"), None);
        let ids = |r: Result<Vec<&RuleInfo>, TopicError>| r.unwrap().iter().map(|r| r.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(rules_for_topic(&infos, "cwe-89")), ["py.sql", "js.sql"]);
        assert_eq!(ids(rules_for_topic(&infos, " py.eval ")), ["py.eval"]);
        assert_eq!(
            rules_for_topic(&infos, "sql"),
            Err(TopicError::Close { topic: "sql".into(), suggestions: vec!["py.sql".into(), "js.sql".into()] })
        );
        assert_eq!(rules_for_topic(&infos, "CWE-1"), Err(TopicError::Unknown("CWE-1".into())));
    }
}

//! `explain`: the lessons of a rule, or of the rules for a CWE, cut into
//! their parts and kept short.

use vigil::lessons::{lesson_parts, rules_for_topic, truncate_chars, TopicError};
use vigil::{Language, RuleInfo};

use crate::error::ToolError;
use crate::output::{ExplainResult, Lesson};

/// Full lessons returned for one topic; the other rules are listed by id.
const FULL_LESSONS: usize = 3;
/// Other rule ids listed.
const OTHER_IDS: usize = 30;
/// Longest section kept, in characters.
const SECTION_CHARS: usize = 1_500;

pub fn explain(infos: &[RuleInfo], topic: &str, language: Option<Language>) -> Result<ExplainResult, ToolError> {
    let topic = topic.trim();
    if topic.is_empty() {
        return Err(ToolError::Invalid(
            "`topic` is empty; pass a rule id from a finding (e.g. \"python.yaml.unsafe-load\") or a CWE such as \"CWE-89\""
                .into(),
        ));
    }
    let mut rules = rules_for_topic(infos, topic).map_err(|e| match e {
        TopicError::Unknown(t) => ToolError::UnknownTopic(format!(
            "no rule or CWE `{t}`; pass a rule id from a scan finding or a CWE id such as \"CWE-89\""
        )),
        close @ TopicError::Close { .. } => ToolError::UnknownTopic(close.to_string()),
    })?;
    if let Some(lang) = language {
        let all = rules.len();
        rules.retain(|r| r.languages.iter().any(|l| l.covers(lang) || lang.covers(*l)));
        if rules.is_empty() {
            return Err(ToolError::UnknownTopic(format!(
                "`{topic}` names {all} rule(s), none for {lang}; call explain without `language`"
            )));
        }
    }
    let shown = rules.iter().take(FULL_LESSONS).map(|r| lesson(r)).collect();
    let other_rules: Vec<String> = rules.iter().skip(FULL_LESSONS).take(OTHER_IDS).map(|r| r.id.clone()).collect();
    let unlisted = rules.len().saturating_sub(FULL_LESSONS + OTHER_IDS);
    let more = (rules.len() > FULL_LESSONS).then(|| {
        let tail = if unlisted > 0 { format!(" ({unlisted} more not listed)") } else { String::new() };
        format!(
            "{} more rule(s) for this topic{tail}: call explain with one of `other_rules`, or pass `language` to narrow",
            rules.len() - FULL_LESSONS
        )
    });
    Ok(ExplainResult {
        topic: vigil::lessons::normalize_cwe(topic).unwrap_or_else(|| topic.to_string()),
        total: rules.len(),
        lessons: shown,
        other_rules,
        more,
    })
}

fn lesson(r: &RuleInfo) -> Lesson {
    let parts = lesson_parts(&r.help);
    let cut = |s: &str| truncate_chars(s, SECTION_CHARS);
    let what = if parts.what_is_wrong.is_empty() { r.message.trim().to_string() } else { parts.what_is_wrong };
    Lesson {
        rule: r.id.clone(),
        title: if parts.title.is_empty() { r.short_description.clone() } else { parts.title },
        severity: r.severity.to_string(),
        cwe: r.cwe.clone(),
        languages: r.languages.iter().map(|l| l.name().to_string()).collect(),
        what_is_wrong: cut(&what),
        how_it_is_exploited: cut(&parts.how_it_is_exploited),
        vulnerable_example: cut(&parts.vulnerable),
        secure_version: cut(&parts.secure),
        references: r.references.iter().take(5).cloned().collect(),
    }
}

/// The text beside the structured result.
pub fn summary(result: &ExplainResult) -> String {
    let mut out = String::new();
    for l in &result.lessons {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&format!("{} ({}, {}): {}", l.rule, l.severity, l.cwe.join(", "), l.title));
        out.push_str(&format!("\nWhat is wrong: {}", l.what_is_wrong));
        if !l.secure_version.is_empty() {
            out.push_str(&format!("\nSecure version:\n{}", l.secure_version));
        }
    }
    if let Some(more) = &result.more {
        out.push_str(&format!("\n\n{more}"));
    }
    out
}

use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

use vigil_core::{Edit, Fix, Language};
use vigil_pattern::{Bindings, Match};

use crate::eval::{evaluate, Target};
use crate::model::{Formula, Rule, TaintRule};
use crate::prefilter::{Requirement, WordTable};
use crate::taint_groups::evaluate_taint_rules;

/// A taint flow as byte ranges with a note each, source first.
type FlowSteps = Vec<(usize, usize, String)>;

/// One rule's match in a file, with its message filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleMatch {
    /// Index of the rule in [`RuleSet::rules`].
    pub rule: usize,
    pub start: usize,
    pub end: usize,
    pub bindings: Bindings,
    pub message: String,
    pub fix: Option<Fix>,
    /// For taint rules: where the data came from and went, source first,
    /// as byte ranges with a note each. Empty for other rules.
    pub flow: Vec<(usize, usize, String)>,
}

/// Compiled rules, ready to run on many files from many threads.
#[derive(Debug)]
pub struct RuleSet {
    rules: Vec<Rule>,
    /// Per language (indexed by `Language as usize`), built the first time a
    /// file in it is scanned.
    filters: [OnceLock<LanguageFilter>; LANGUAGES],
}

const LANGUAGES: usize = Language::Generic as usize + 1;

/// The rules for one language and the words each needs.
#[derive(Debug)]
struct LanguageFilter {
    /// Rules that run on the language, with their requirements.
    rules: Vec<(usize, Requirement)>,
    words: WordTable,
}

impl LanguageFilter {
    fn new(rules: &[Rule], lang: Language) -> LanguageFilter {
        let mut words = WordTable::default();
        let rules = (0..rules.len())
            .filter(|&i| rules[i].applies_to(lang))
            .map(|i| (i, words.requirement(&rules[i].formula, lang)))
            .collect();
        words.finish();
        LanguageFilter { rules, words }
    }
}

impl RuleSet {
    pub fn new(mut rules: Vec<Rule>) -> RuleSet {
        // A fixed order whatever order the files were read in.
        rules.sort_by(|a, b| a.id.cmp(&b.id).then(a.source.cmp(&b.source)));
        RuleSet { rules, filters: std::array::from_fn(|_| OnceLock::new()) }
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// The rules that can match `text`, a `lang` file at `path`: right
    /// language, paths allowed, required words present. When this is empty
    /// the file need not be parsed at all.
    pub fn applicable(&self, lang: Language, path: &Path, text: &str) -> Vec<usize> {
        let filter = self.filters[lang as usize].get_or_init(|| LanguageFilter::new(&self.rules, lang));
        let candidates: Vec<&(usize, Requirement)> =
            filter.rules.iter().filter(|(i, _)| self.rules[*i].paths.allows(path)).collect();
        if candidates.is_empty() {
            return Vec::new();
        }
        let present = filter.words.present(text.as_bytes());
        candidates.into_iter().filter(|(_, r)| r.holds(&present)).map(|(i, _)| *i).collect()
    }

    /// Runs the given rules on a target. Matches are clipped to the user's
    /// text (a repair suffix is not theirs) and ordered by position and rule.
    pub fn run(&self, target: &Target, rule_indices: &[usize]) -> Vec<RuleMatch> {
        let mut out = Vec::new();
        // The taint rules first, together: they may share analyses.
        let taint: Vec<(usize, &TaintRule)> = rule_indices
            .iter()
            .filter_map(|&i| match &self.rules[i].formula {
                Formula::Taint(t) => Some((i, &**t)),
                _ => None,
            })
            .collect();
        let taint_rules: Vec<&TaintRule> = taint.iter().map(|(_, t)| *t).collect();
        let mut flows: HashMap<usize, Vec<(Match, vigil_dataflow::Flow)>> =
            taint.iter().map(|(i, _)| *i).zip(evaluate_taint_rules(&taint_rules, target)).collect();
        for &i in rule_indices {
            let rule = &self.rules[i];
            let matches: Vec<(Match, FlowSteps)> = match &rule.formula {
                Formula::Taint(_) => flows
                    .remove(&i)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(m, flow)| {
                        let mut steps = vec![(flow.source.0, flow.source.1, "untrusted data enters here".to_string())];
                        steps.extend(flow.steps.iter().map(|s| (s.span.0, s.span.1, s.what.clone())));
                        steps.push((flow.sink.0, flow.sink.1, "and reaches this sink".to_string()));
                        (m, steps)
                    })
                    .collect(),
                _ => evaluate(&rule.formula, target).into_iter().map(|m| (m, Vec::new())).collect(),
            };
            for (m, flow) in matches {
                if m.start >= target.original_len && target.original_len > 0 {
                    continue;
                }
                let end = m.end.min(target.original_len);
                let message = render_message(&rule.message, &m.bindings, target);
                let fix = fix_for(rule, &m, target);
                out.push(RuleMatch { rule: i, start: m.start, end, bindings: m.bindings, message, fix, flow });
            }
        }
        out.sort_by_key(|m| (m.start, m.end, m.rule));
        out.dedup_by(|a, b| (a.start, a.end, a.rule) == (b.start, b.end, b.rule));
        out
    }
}

/// Replaces `$NAME` in a template with the bound code, longest names first
/// so that `$X` does not eat the start of `$XY`.
fn interpolate(template: &str, bindings: &Bindings, target: &Target, one_line: bool) -> String {
    let mut names: Vec<&(std::sync::Arc<str>, vigil_pattern::Binding)> = bindings.iter().collect();
    names.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    let mut out = template.to_string();
    for (name, b) in names {
        let mut text = target.text(b.start, b.end).to_string();
        if one_line {
            let first = text.lines().next().unwrap_or("").trim().to_string();
            text = if first.chars().count() > 80 {
                format!("{}…", first.chars().take(80).collect::<String>())
            } else if text.contains('\n') {
                format!("{first}…")
            } else {
                first
            };
        }
        out = out.replace(&format!("${name}"), &text);
    }
    out
}

fn render_message(template: &str, bindings: &Bindings, target: &Target) -> String {
    interpolate(template.trim(), bindings, target, true)
}

fn fix_for(rule: &Rule, m: &Match, target: &Target) -> Option<Fix> {
    let matched = target.text(m.start, m.end);
    let replacement = if let Some(template) = &rule.fix {
        interpolate(template.trim_end_matches('\n'), &m.bindings, target, false)
    } else if let Some(fr) = &rule.fix_regex {
        fr.regex.replace(matched, &fr.replacement, fr.count)
    } else {
        return None;
    };
    if replacement == matched || m.end > target.original_len {
        return None;
    }
    let shown: String = replacement.lines().next().unwrap_or("").chars().take(80).collect();
    let description = if replacement.is_empty() {
        "delete the matched code".to_string()
    } else if shown.len() < replacement.len() {
        format!("replace with `{shown}…`")
    } else {
        format!("replace with `{shown}`")
    };
    Some(Fix { description, edits: vec![Edit { start_byte: m.start, end_byte: m.end, replacement }] })
}

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use crate::rule_regex::RuleRegex as Regex;
use vigil_core::{Confidence, Language, RuleInfo, Severity};
use vigil_pattern::{Pattern, PatternError};

/// A code pattern for each language a rule applies to, compiled the first
/// time a file of that language needs it: a scan of Python files never
/// parses the pack's JavaScript patterns.
#[derive(Debug, Clone)]
pub struct PatternSet {
    pub text: String,
    /// The declared languages and those they cover (TypeScript for a
    /// JavaScript rule), each with its compilation once done. `None` when
    /// the pattern does not parse in that language.
    slots: Vec<(Language, OnceLock<Option<Arc<Pattern>>>)>,
}

impl PatternSet {
    /// A pattern set for `languages` and the languages they cover, compiled
    /// on first use.
    pub fn new(text: &str, languages: &[Language]) -> PatternSet {
        let mut slots: Vec<(Language, OnceLock<Option<Arc<Pattern>>>)> = Vec::new();
        for &lang in languages {
            for other in std::iter::once(lang).chain(Language::PARSED) {
                if lang.covers(other) && !slots.iter().any(|(l, _)| *l == other) {
                    slots.push((other, OnceLock::new()));
                }
            }
        }
        PatternSet { text: text.to_string(), slots }
    }

    /// Compiles the pattern for `lang` now, reporting why it does not parse.
    pub fn compile_now(&self, lang: Language) -> Result<(), PatternError> {
        let compiled = compile_shared(&self.text, lang);
        let result = compiled.as_ref().map(|_| ()).map_err(Clone::clone);
        if let Some((_, slot)) = self.slots.iter().find(|(l, _)| *l == lang) {
            let _ = slot.set(compiled.ok());
        }
        result
    }

    pub fn for_language(&self, lang: Language) -> Option<&Pattern> {
        let (_, slot) = self.slots.iter().find(|(l, _)| *l == lang)?;
        slot.get_or_init(|| compile_shared(&self.text, lang).ok()).as_deref()
    }

    /// The languages this pattern may run on.
    pub fn languages(&self) -> impl Iterator<Item = Language> + '_ {
        self.slots.iter().map(|(l, _)| *l)
    }
}

/// Compiled patterns by language and text, for the whole process: rule packs
/// repeat the same sources and sinks across rules, and compiling is a parse.
type PatternTable = HashMap<(Language, String), Result<Arc<Pattern>, PatternError>>;

fn compile_shared(text: &str, lang: Language) -> Result<Arc<Pattern>, PatternError> {
    static TABLE: OnceLock<Mutex<PatternTable>> = OnceLock::new();
    let table = TABLE.get_or_init(Default::default);
    let key = (lang, text.to_string());
    if let Some(done) = table.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
        return done.clone();
    }
    // Compiled outside the lock, so threads compiling other patterns do not
    // wait; a pattern two threads compile at once is kept once.
    let compiled = Pattern::compile(text, lang).map(Arc::new);
    table.lock().unwrap_or_else(|e| e.into_inner()).entry(key).or_insert(compiled).clone()
}

/// A comparison between metavariables, numbers and strings
/// (`metavariable-comparison`).
#[derive(Debug, Clone, PartialEq)]
pub enum CmpExpr {
    Int(i64),
    Float(f64),
    Str(String),
    Bool(bool),
    /// `$X`: the bound code, read as a number or a string literal.
    MetaVar(String),
    Call(String, Vec<CmpExpr>),
    Unary(String, Box<CmpExpr>),
    Binary(String, Box<CmpExpr>, Box<CmpExpr>),
}

/// The matching logic of a rule, as a tree of Semgrep operators.
#[derive(Debug, Clone)]
pub enum Formula {
    /// `pattern`
    Pattern(PatternSet),
    /// `pattern-regex`
    Regex(Regex),
    /// `pattern-either`
    Either(Vec<Formula>),
    /// `patterns`: positive terms intersect, then the conditions filter.
    All(Vec<Formula>, Vec<Condition>),
    /// `mode: taint`: matches are sinks that tainted data reaches.
    Taint(Box<TaintRule>),
}

/// A term of `patterns` that filters or reshapes the matches of its
/// positive terms.
#[derive(Debug, Clone)]
pub enum Condition {
    /// `pattern-inside`: keep matches inside a match of the formula.
    Inside(Formula),
    /// `pattern-not-inside`
    NotInside(Formula),
    /// `pattern-not`: drop matches with exactly a match's range.
    Not(Formula),
    /// `pattern-not-regex`: drop matches inside a regex match.
    NotRegex(Regex),
    /// `metavariable-regex`
    MetavariableRegex { metavariable: String, regex: Regex },
    /// `metavariable-pattern`: the bound code must match the formula, parsed
    /// in `language` when given (embedded code in a string, for instance).
    MetavariablePattern { metavariable: String, language: Option<Language>, formula: Box<Formula> },
    /// `metavariable-comparison`
    /// `base` reads the metavariables' code as integers in that base;
    /// `strip` removes quotes from string literals first (always done for
    /// plain comparisons, as Vigil reads a string literal as its content).
    MetavariableComparison { comparison: CmpExpr, source: String, base: Option<u32> },
    /// `focus-metavariable`: the match becomes the bound code.
    Focus(Vec<String>),
}

/// One entry of `pattern-sources`, `pattern-sinks` or `pattern-sanitizers`.
#[derive(Debug, Clone)]
pub struct TaintPart {
    pub formula: Formula,
    /// `label:` of a source.
    pub label: Option<String>,
    /// `requires:` of a sink (or a source, for label flows).
    pub requires: Option<vigil_dataflow::LabelExpr>,
    pub exact: bool,
    pub by_side_effect: bool,
    /// `by-side-effect: only`.
    pub side_effect_only: bool,
    /// `rejects:` of a sanitizer: the match is a check that holds for
    /// dangerous values (`".." in name`), so the value is clean where it is
    /// false (see `vigil_dataflow::TaintSpec::rejecting_checks`).
    pub rejects: bool,
}

/// One entry of `pattern-propagators`: taint of `$FROM` flows into `$TO`.
#[derive(Debug, Clone)]
pub struct TaintPropagator {
    pub formula: Formula,
    pub from: String,
    pub to: String,
}

/// A `mode: taint` rule's parts.
#[derive(Debug, Clone)]
pub struct TaintRule {
    pub sources: Vec<TaintPart>,
    pub sinks: Vec<TaintPart>,
    pub sanitizers: Vec<TaintPart>,
    pub propagators: Vec<TaintPropagator>,
}

/// A `fix-regex`: a regex replacement on the matched text.
#[derive(Debug, Clone)]
pub struct FixRegex {
    pub regex: Regex,
    pub replacement: String,
    /// How many occurrences to replace; `None` for all.
    pub count: Option<usize>,
}

/// A compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub languages: Vec<Language>,
    pub severity: Severity,
    pub confidence: Confidence,
    pub message: String,
    pub cwe: Vec<String>,
    pub owasp: Vec<String>,
    pub tags: Vec<String>,
    pub references: Vec<String>,
    /// The lesson in Markdown: what the flaw is, how it is exploited, the
    /// secure version.
    pub lesson: String,
    pub formula: Formula,
    pub fix: Option<String>,
    pub fix_regex: Option<FixRegex>,
    pub paths: crate::paths::PathFilter,
    /// Where it was loaded from: `builtin:<file>` or a path.
    pub source: String,
    pub metadata: serde_json::Value,
}

impl Rule {
    /// Whether the rule runs on code in `lang`.
    pub fn applies_to(&self, lang: Language) -> bool {
        self.languages.iter().any(|l| l.covers(lang))
    }

    pub fn info(&self) -> RuleInfo {
        let short = self
            .metadata
            .get("shortDescription")
            .or_else(|| self.metadata.get("short-description"))
            .and_then(|v| v.as_str())
            .map(str::to_string)
            .unwrap_or_else(|| first_sentence(&self.message));
        RuleInfo {
            id: self.id.clone(),
            short_description: short,
            message: self.message.clone(),
            help: self.lesson.clone(),
            severity: self.severity,
            confidence: self.confidence,
            cwe: self.cwe.clone(),
            owasp: self.owasp.clone(),
            languages: self.languages.clone(),
            tags: self.tags.clone(),
            source: self.source.clone(),
            references: self.references.clone(),
        }
    }
}

/// The first sentence of a message, for one-line descriptions.
pub fn first_sentence(message: &str) -> String {
    let line = message.trim().lines().next().unwrap_or("").trim();
    match line.find(". ") {
        Some(i) => line[..=i].to_string(),
        None => line.to_string(),
    }
}

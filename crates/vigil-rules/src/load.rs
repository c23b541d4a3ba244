//! Reading rule files: YAML in Semgrep's format, checked key by key.
//!
//! Every problem names the file, the rule and the offending text, and only
//! the rule at fault is skipped: one bad rule never costs the others.

use std::fmt;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};
use vigil_core::{Confidence, Language, Severity};

use crate::compare::parse_comparison;
use crate::model::{Condition, FixRegex, Formula, PatternSet, Rule, TaintPart, TaintPropagator, TaintRule};
use crate::paths::PathFilter;
use crate::rule_regex::RuleRegex;

/// A rule, or a whole file, that could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    /// The file (or `builtin:<name>`).
    pub origin: String,
    /// The rule's id, when the problem is inside one rule.
    pub rule_id: Option<String>,
    pub message: String,
    /// The text at fault: a pattern, a key, a regex.
    pub offending: Option<String>,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.origin)?;
        if let Some(id) = &self.rule_id {
            write!(f, ": rule `{id}`")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(text) = &self.offending {
            let short: String = text.trim().chars().take(120).collect();
            write!(f, ": `{}`", short.replace('\n', "\\n"))?;
        }
        Ok(())
    }
}

impl std::error::Error for RuleError {}

/// Rules loaded from one or more files, and the problems met on the way.
#[derive(Debug, Default)]
pub struct Loaded {
    pub rules: Vec<Rule>,
    pub errors: Vec<RuleError>,
    /// Problems that did not stop a rule from loading.
    pub warnings: Vec<RuleError>,
}

impl Loaded {
    pub fn extend(&mut self, other: Loaded) {
        self.rules.extend(other.rules);
        self.errors.extend(other.errors);
        self.warnings.extend(other.warnings);
    }
}

/// Keys a rule may have, and what they are.
const RULE_KEYS: &[&str] = &[
    "id",
    "message",
    "severity",
    "languages",
    "metadata",
    "pattern",
    "patterns",
    "pattern-either",
    "pattern-regex",
    "fix",
    "fix-regex",
    "paths",
    "options",
    "mode",
    "pattern-sources",
    "pattern-sinks",
    "pattern-sanitizers",
    "pattern-propagators",
    "min-version",
    "max-version",
];

/// Semgrep features Vigil knows of but does not run; named so users learn
/// why a rule was skipped rather than reading "unknown key".
const OUTSIDE_SUBSET: &[&str] = &[
    "match",
    "taint",
    "join",
    "extract",
    "dest-language",
    "dest-rules",
    "reduce",
    "equivalences",
    "project-depends-on",
    "r2c-internal-project-depends-on",
    "steps",
    "secrets",
    "validators",
    "generalization",
    "metavariable-analysis",
    "metavariable-type",
    "pattern-where-python",
    "metavariable-name",
];

/// Keys some rule sets put beside `metadata` instead of inside it (Semgrep
/// ignores them there): read as metadata, with a warning.
const METADATA_KEYS: &[&str] = &[
    "likelihood",
    "impact",
    "confidence",
    "category",
    "subcategory",
    "technology",
    "references",
    "cwe",
    "cwe_id",
    "owasp",
    "source-rule-url",
    "description",
    "license",
    "vulnerability_class",
    "title",
    "name",
    "author",
    "tags",
    "prescan_regex",
    "shortDescription",
];

/// `options` keys accepted. Vigil's matching already behaves as Semgrep's
/// defaults for these; values that would change matching in ways Vigil does
/// not implement are reported.
const KNOWN_OPTIONS: &[&str] = &[
    "constant_propagation",
    "symbolic_propagation",
    "ac_matching",
    "commutative_boolop",
    "vardef_assign",
    "attr_expr",
    "arrow_is_function",
    "let_is_var",
    "go_deeper_expr",
    "go_deeper_stmt",
    "implicit_return",
    "generic_engine",
    "generic_ellipsis_max_span",
    "generic_comment_style",
    "flddef_assign",
    "interfile",
    "decorators_order_matters",
    "taint_assume_safe_functions",
    "taint_assume_safe_indexes",
    "taint_assume_safe_numbers",
    "taint_assume_safe_booleans",
    "xml_attrs_implicit_ellipsis",
];

/// Parses a rule file's text. `origin` names it in errors.
pub fn load_str(text: &str, origin: &str) -> Loaded {
    load_with(text, origin, true)
}

/// Like [`load_str`], for rules known to compile (the built-in pack, whose
/// tests compile every pattern): patterns are compiled for a language the
/// first time a file in it is scanned, not while loading.
pub(crate) fn load_trusted(text: &str, origin: &str) -> Loaded {
    load_with(text, origin, false)
}

/// Like [`load_trusted`], for a rule file the build already read from YAML
/// into JSON.
pub(crate) fn load_trusted_json(json: &str, origin: &str) -> Loaded {
    match serde_json::from_str(json) {
        Ok(doc) => load_document(&doc, origin, false),
        Err(e) => unreadable(origin, format!("not valid JSON: {e}")),
    }
}

fn load_with(text: &str, origin: &str, check: bool) -> Loaded {
    match serde_saphyr::from_str(text) {
        Ok(doc) => load_document(&doc, origin, check),
        Err(e) => unreadable(origin, format!("not valid YAML: {e}")),
    }
}

/// A rule file that could not be read at all.
fn unreadable(origin: &str, message: String) -> Loaded {
    let mut loaded = Loaded::default();
    loaded.errors.push(RuleError { origin: origin.to_string(), rule_id: None, message, offending: None });
    loaded
}

/// Compiles the rules of a parsed rule file.
fn load_document(doc: &Value, origin: &str, check: bool) -> Loaded {
    let mut loaded = Loaded::default();
    let file_error = |message: String, offending: Option<String>| RuleError {
        origin: origin.to_string(),
        rule_id: None,
        message,
        offending,
    };
    let rules = match doc.get("rules") {
        Some(Value::Array(rules)) => rules,
        Some(other) => {
            loaded.errors.push(file_error("`rules` must be a list".into(), Some(other.to_string())));
            return loaded;
        }
        None => {
            loaded.errors.push(file_error("no top-level `rules:` list".into(), None));
            return loaded;
        }
    };
    for (i, raw) in rules.iter().enumerate() {
        match compile_rule(raw, origin, check, &mut loaded.warnings) {
            Ok(rule) => loaded.rules.push(rule),
            Err(mut e) => {
                if e.rule_id.is_none() {
                    e.rule_id = Some(format!("#{}", i + 1));
                }
                loaded.errors.push(e);
            }
        }
    }
    loaded
}

/// Loads a rule file, or every `.yaml`/`.yml` file under a directory (in a
/// fixed order). Test targets beside the rules are not rule files and are
/// ignored by extension.
pub fn load_path(path: &Path) -> Loaded {
    let mut loaded = Loaded::default();
    let mut files = Vec::new();
    if path.is_dir() {
        collect_yaml(path, &mut files, 0);
        files.sort();
        if files.is_empty() {
            loaded.errors.push(RuleError {
                origin: path.display().to_string(),
                rule_id: None,
                message: "no .yaml or .yml rule files in this directory".into(),
                offending: None,
            });
        }
    } else {
        files.push(path.to_path_buf());
    }
    for file in files {
        match std::fs::read_to_string(&file) {
            Ok(text) => loaded.extend(load_str(&text, &file.display().to_string())),
            Err(e) => loaded.errors.push(RuleError {
                origin: file.display().to_string(),
                rule_id: None,
                message: format!("cannot read: {e}"),
                offending: None,
            }),
        }
    }
    loaded
}

fn collect_yaml(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) {
    if depth > 32 {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            collect_yaml(&path, out, depth + 1);
        } else if (name.ends_with(".yaml") || name.ends_with(".yml")) && !name.contains(".test.") {
            out.push(path);
        }
    }
}

struct Ctx<'a> {
    origin: &'a str,
    id: &'a str,
    languages: &'a [Language],
    /// Compile patterns and parse regexes while loading, so that one that
    /// does not parse is reported as the rule's error.
    check: bool,
}

impl Ctx<'_> {
    /// A rule's regex: parsed now when checking, else on first use.
    fn regex(&self, text: &str) -> Result<RuleRegex, String> {
        if self.check {
            RuleRegex::new(text)
        } else {
            Ok(RuleRegex::unchecked(text))
        }
    }

    fn err(&self, message: impl Into<String>, offending: Option<String>) -> RuleError {
        RuleError {
            origin: self.origin.to_string(),
            rule_id: Some(self.id.to_string()),
            message: message.into(),
            offending,
        }
    }
}

fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn string_list(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(items)) => items.iter().filter_map(as_text).collect(),
        Some(v) => as_text(v).into_iter().collect(),
        None => Vec::new(),
    }
}

/// `CWE-89: Improper Neutralization...` and `89` both become `CWE-89`.
fn normalize_cwe(raw: &str) -> Option<String> {
    let t = raw.trim();
    let digits_start = t.find(|c: char| c.is_ascii_digit())?;
    let prefix = t[..digits_start].trim().trim_end_matches(['-', ':', ' ']).to_ascii_uppercase();
    if !(prefix.is_empty() || prefix == "CWE") {
        return None;
    }
    let digits: String = t[digits_start..].chars().take_while(|c| c.is_ascii_digit()).collect();
    Some(format!("CWE-{digits}"))
}

fn compile_rule(raw: &Value, origin: &str, check: bool, warnings: &mut Vec<RuleError>) -> Result<Rule, RuleError> {
    let bare = |message: &str, offending: Option<String>| RuleError {
        origin: origin.to_string(),
        rule_id: None,
        message: message.to_string(),
        offending,
    };
    let map = raw.as_object().ok_or_else(|| bare("a rule must be a mapping", Some(raw.to_string())))?;
    let id = map.get("id").and_then(as_text).ok_or_else(|| bare("rule has no `id`", None))?;
    let mut ctx = Ctx { origin, id: &id, languages: &[], check };

    let mut stray_metadata = Map::new();
    for key in map.keys() {
        if OUTSIDE_SUBSET.contains(&key.as_str()) {
            return Err(ctx.err("uses a Semgrep feature outside Vigil's subset", Some(key.clone())));
        }
        if METADATA_KEYS.contains(&key.as_str()) {
            warnings.push(ctx.err("key belongs under `metadata`; read as metadata", Some(key.clone())));
            stray_metadata.insert(key.clone(), map[key.as_str()].clone());
            continue;
        }
        if !RULE_KEYS.contains(&key.as_str()) {
            return Err(ctx.err("unknown key", Some(key.clone())));
        }
    }
    let taint_mode = match map.get("mode").and_then(as_text).as_deref() {
        None | Some("search") => false,
        Some("taint") => true,
        Some(mode) => {
            return Err(ctx.err("uses a Semgrep feature outside Vigil's subset", Some(format!("mode: {mode}"))))
        }
    };
    let message = map.get("message").and_then(as_text).ok_or_else(|| ctx.err("rule has no `message`", None))?;
    let severity: Severity = map
        .get("severity")
        .and_then(as_text)
        .ok_or_else(|| ctx.err("rule has no `severity`", None))?
        .parse()
        .map_err(|e: vigil_core::ParseLevelError| ctx.err(e.to_string(), Some(e.value)))?;
    let language_names = string_list(map.get("languages"));
    if language_names.is_empty() {
        return Err(ctx.err("rule has no `languages`", None));
    }
    let mut languages = Vec::new();
    for name in &language_names {
        let lang: Language =
            name.parse().map_err(|e: vigil_core::UnknownLanguage| ctx.err(e.to_string(), Some(name.clone())))?;
        if !languages.contains(&lang) {
            languages.push(lang);
        }
    }
    ctx.languages = &languages;

    if let Some(Value::Object(options)) = map.get("options") {
        for key in options.keys() {
            if !KNOWN_OPTIONS.contains(&key.as_str()) {
                return Err(ctx.err("unknown option", Some(key.clone())));
            }
        }
    }

    let formula_keys: Vec<&String> = map
        .keys()
        .filter(|k| matches!(k.as_str(), "pattern" | "patterns" | "pattern-either" | "pattern-regex"))
        .collect();
    let formula = match formula_keys.as_slice() {
        [] if taint_mode => Formula::Taint(Box::new(compile_taint(map, &ctx)?)),
        [key] if taint_mode => {
            return Err(ctx.err(
                "a taint rule takes `pattern-sources` and `pattern-sinks`, not a top-level formula",
                Some(key.to_string()),
            ))
        }
        [key] => compile_formula(key, &map[key.as_str()], &ctx)?,
        [] => return Err(ctx.err("rule has no `pattern`, `patterns`, `pattern-either` or `pattern-regex`", None)),
        many => {
            return Err(ctx.err(
                "rule has more than one top-level formula",
                Some(many.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")),
            ))
        }
    };

    let mut metadata = map.get("metadata").cloned().unwrap_or(Value::Null);
    if !stray_metadata.is_empty() {
        let mut merged = metadata.as_object().cloned().unwrap_or_default();
        for (k, v) in stray_metadata {
            merged.entry(k).or_insert(v);
        }
        metadata = Value::Object(merged);
    }
    let meta = |key: &str| metadata.get(key);
    let cwe: Vec<String> = string_list(meta("cwe")).iter().filter_map(|c| normalize_cwe(c)).collect();
    let owasp = string_list(meta("owasp"));
    let confidence = match meta("confidence").and_then(as_text) {
        Some(c) => c.parse().map_err(|e: vigil_core::ParseLevelError| ctx.err(e.to_string(), Some(c)))?,
        None => Confidence::Medium,
    };
    let mut tags = string_list(meta("tags"));
    if let Some(category) = meta("category").and_then(as_text) {
        tags.push(category);
    }
    let references = string_list(meta("references"));
    let lesson = meta("lesson").and_then(as_text).unwrap_or_default();

    let fix = map.get("fix").and_then(as_text);
    let fix_regex = match map.get("fix-regex") {
        None => None,
        Some(Value::Object(fr)) => {
            let pattern =
                fr.get("regex").and_then(as_text).ok_or_else(|| ctx.err("`fix-regex` needs `regex`", None))?;
            let regex =
                ctx.regex(&pattern).map_err(|e| ctx.err(format!("bad regex in `fix-regex`: {e}"), Some(pattern)))?;
            let replacement = fr
                .get("replacement")
                .and_then(as_text)
                .ok_or_else(|| ctx.err("`fix-regex` needs `replacement`", None))?;
            let count = fr.get("count").and_then(|c| c.as_u64()).map(|c| c as usize);
            Some(FixRegex { regex, replacement, count })
        }
        Some(other) => return Err(ctx.err("`fix-regex` must be a mapping", Some(other.to_string()))),
    };
    let paths = match map.get("paths") {
        None => PathFilter::default(),
        Some(Value::Object(p)) => {
            for key in p.keys() {
                if key != "include" && key != "exclude" {
                    return Err(ctx.err("unknown key in `paths`", Some(key.clone())));
                }
            }
            PathFilter::new(&string_list(p.get("include")), &string_list(p.get("exclude")))
                .map_err(|e| ctx.err(e, None))?
        }
        Some(other) => return Err(ctx.err("`paths` must be a mapping", Some(other.to_string()))),
    };

    Ok(Rule {
        id: id.clone(),
        languages: languages.clone(),
        severity,
        confidence,
        message,
        cwe,
        owasp,
        tags,
        references,
        lesson,
        formula,
        fix,
        fix_regex,
        paths,
        source: origin.to_string(),
        metadata,
    })
}

fn compile_pattern(text: &str, ctx: &Ctx) -> Result<PatternSet, RuleError> {
    if ctx.languages.contains(&Language::Generic) {
        return Err(ctx.err(
            "code patterns need a language with a grammar; for `generic` or `regex` rules use `pattern-regex`",
            Some(text.to_string()),
        ));
    }
    // Languages the declared ones cover (TypeScript for a JavaScript rule)
    // are compiled on first use, when the pattern parses there.
    let set = PatternSet::new(text, ctx.languages);
    if ctx.check {
        for &lang in ctx.languages {
            set.compile_now(lang).map_err(|e| ctx.err(e.to_string(), Some(text.to_string())))?;
        }
    }
    Ok(set)
}

fn compile_regex(v: &Value, ctx: &Ctx, key: &str) -> Result<RuleRegex, RuleError> {
    let text = as_text(v).ok_or_else(|| ctx.err(format!("`{key}` must be a string"), Some(v.to_string())))?;
    // Semgrep runs `pattern-regex` in multi-line mode: `^` and `$` are line anchors.
    let full = if key == "pattern-regex" || key == "pattern-not-regex" { format!("(?m){text}") } else { text.clone() };
    ctx.regex(&full).map_err(|e| ctx.err(format!("bad regex in `{key}`: {e}"), Some(text)))
}

fn compile_formula(key: &str, v: &Value, ctx: &Ctx) -> Result<Formula, RuleError> {
    match key {
        "pattern" => {
            let text = as_text(v).ok_or_else(|| ctx.err("`pattern` must be a string", Some(v.to_string())))?;
            Ok(Formula::Pattern(compile_pattern(&text, ctx)?))
        }
        "pattern-regex" => Ok(Formula::Regex(compile_regex(v, ctx, key)?)),
        "pattern-either" => {
            let items = v.as_array().ok_or_else(|| ctx.err("`pattern-either` must be a list", Some(v.to_string())))?;
            let mut alternatives = Vec::new();
            for item in items {
                let (k, inner) = single_key(item, ctx)?;
                // `pattern-inside` among alternatives acts as a pattern.
                let k = if k == "pattern-inside" { "pattern" } else { k };
                if !matches!(k, "pattern" | "patterns" | "pattern-either" | "pattern-regex") {
                    return Err(ctx.err("not allowed in `pattern-either`", Some(k.to_string())));
                }
                alternatives.push(compile_formula(k, inner, ctx)?);
            }
            if alternatives.is_empty() {
                return Err(ctx.err("`pattern-either` is empty", None));
            }
            Ok(Formula::Either(alternatives))
        }
        "patterns" => {
            let items = v.as_array().ok_or_else(|| ctx.err("`patterns` must be a list", Some(v.to_string())))?;
            let mut positives = Vec::new();
            let mut conditions = Vec::new();
            for item in items {
                let (k, inner) = single_key(item, ctx)?;
                match k {
                    "pattern" | "patterns" | "pattern-either" | "pattern-regex" => {
                        positives.push(compile_formula(k, inner, ctx)?)
                    }
                    "pattern-inside" => conditions.push(Condition::Inside(sub_formula(inner, ctx)?)),
                    "pattern-not-inside" => conditions.push(Condition::NotInside(sub_formula(inner, ctx)?)),
                    "pattern-not" => conditions.push(Condition::Not(sub_formula(inner, ctx)?)),
                    "pattern-not-regex" => conditions.push(Condition::NotRegex(compile_regex(inner, ctx, k)?)),
                    "metavariable-regex" => {
                        let m =
                            inner.as_object().ok_or_else(|| ctx.err("`metavariable-regex` must be a mapping", None))?;
                        check_keys(m, &["metavariable", "regex", "constant-propagation"], k, ctx)?;
                        let metavariable = metavar_name(m.get("metavariable"), k, ctx)?;
                        let re = m.get("regex").ok_or_else(|| ctx.err("`metavariable-regex` needs `regex`", None))?;
                        let text = as_text(re).unwrap_or_default();
                        // Left-anchored, as in Semgrep.
                        let regex = ctx.regex(&format!("\\A(?:{text})")).map_err(|e| {
                            ctx.err(format!("bad regex in `metavariable-regex`: {e}"), Some(text.clone()))
                        })?;
                        conditions.push(Condition::MetavariableRegex { metavariable, regex });
                    }
                    "metavariable-pattern" => {
                        let m = inner
                            .as_object()
                            .ok_or_else(|| ctx.err("`metavariable-pattern` must be a mapping", None))?;
                        let metavariable = metavar_name(m.get("metavariable"), k, ctx)?;
                        let language = match m.get("language").and_then(as_text) {
                            Some(l) => {
                                Some(l.parse::<Language>().map_err(|e| ctx.err(e.to_string(), Some(l.clone())))?)
                            }
                            None => None,
                        };
                        let formula_keys: Vec<&String> =
                            m.keys().filter(|k| !matches!(k.as_str(), "metavariable" | "language")).collect();
                        let [fk] = formula_keys.as_slice() else {
                            return Err(ctx.err("`metavariable-pattern` needs exactly one formula", None));
                        };
                        let langs = language.map(|l| vec![l]);
                        let sub = Ctx {
                            origin: ctx.origin,
                            id: ctx.id,
                            languages: langs.as_deref().unwrap_or(ctx.languages),
                            check: ctx.check,
                        };
                        let formula = compile_formula(fk, &m[fk.as_str()], &sub)?;
                        conditions.push(Condition::MetavariablePattern {
                            metavariable,
                            language,
                            formula: Box::new(formula),
                        });
                    }
                    "metavariable-comparison" => {
                        let m = inner
                            .as_object()
                            .ok_or_else(|| ctx.err("`metavariable-comparison` must be a mapping", None))?;
                        check_keys(m, &["metavariable", "comparison", "strip", "base"], k, ctx)?;
                        let source = m
                            .get("comparison")
                            .and_then(as_text)
                            .ok_or_else(|| ctx.err("`metavariable-comparison` needs `comparison`", None))?;
                        let comparison = parse_comparison(&source).map_err(|e| ctx.err(e, Some(source.clone())))?;
                        let base = match m.get("base").and_then(|b| b.as_u64()) {
                            Some(b @ 2..=36) => Some(b as u32),
                            Some(b) => return Err(ctx.err("`base` must be between 2 and 36", Some(b.to_string()))),
                            None => None,
                        };
                        conditions.push(Condition::MetavariableComparison { comparison, source, base });
                    }
                    "focus-metavariable" => {
                        let names = string_list(Some(inner));
                        if names.is_empty() {
                            return Err(ctx.err("`focus-metavariable` names no metavariable", None));
                        }
                        conditions.push(Condition::Focus(
                            names.iter().map(|n| n.trim_start_matches('$').to_string()).collect(),
                        ));
                    }
                    other if OUTSIDE_SUBSET.contains(&other) => {
                        return Err(ctx.err("uses a Semgrep feature outside Vigil's subset", Some(other.to_string())))
                    }
                    other => return Err(ctx.err("unknown operator in `patterns`", Some(other.to_string()))),
                }
            }
            if positives.is_empty() {
                // Semgrep accepts `pattern-inside` as the positive term.
                let pos = conditions.iter().position(|c| matches!(c, Condition::Inside(_)));
                match pos {
                    Some(i) => {
                        if let Condition::Inside(f) = conditions.remove(i) {
                            positives.push(f);
                        }
                    }
                    None => {
                        return Err(ctx.err(
                            "`patterns` needs at least one positive term (`pattern`, `pattern-inside`, ...)",
                            None,
                        ))
                    }
                }
            }
            Ok(Formula::All(positives, conditions))
        }
        other => Err(ctx.err("unknown operator", Some(other.to_string()))),
    }
}

fn compile_taint(map: &Map<String, Value>, ctx: &Ctx) -> Result<TaintRule, RuleError> {
    let parts = |key: &str, allowed: &[&str]| -> Result<Vec<TaintPart>, RuleError> {
        let Some(v) = map.get(key) else { return Ok(Vec::new()) };
        let items = v.as_array().ok_or_else(|| ctx.err(format!("`{key}` must be a list"), Some(v.to_string())))?;
        let mut out = Vec::new();
        for item in items {
            let obj = item
                .as_object()
                .ok_or_else(|| ctx.err(format!("items of `{key}` must be mappings"), Some(item.to_string())))?;
            let mut formula = None;
            let mut part = TaintPart {
                formula: Formula::Either(Vec::new()),
                label: None,
                requires: None,
                exact: false,
                by_side_effect: false,
                side_effect_only: false,
                rejects: false,
            };
            for (k, val) in obj {
                match k.as_str() {
                    "pattern" | "patterns" | "pattern-either" | "pattern-regex" => {
                        if formula.is_some() {
                            return Err(
                                ctx.err(format!("an item of `{key}` has more than one formula"), Some(k.clone()))
                            );
                        }
                        formula = Some(compile_formula(k, val, ctx)?);
                    }
                    "label" if allowed.contains(&"label") => part.label = as_text(val),
                    "requires" if allowed.contains(&"requires") => {
                        let text = as_text(val).unwrap_or_default();
                        part.requires =
                            Some(vigil_dataflow::LabelExpr::parse(&text).map_err(|e| ctx.err(e, Some(text.clone())))?);
                    }
                    "exact" => part.exact = val.as_bool().unwrap_or(false),
                    "rejects" if allowed.contains(&"rejects") => part.rejects = val.as_bool().unwrap_or(false),
                    "by-side-effect" => {
                        part.side_effect_only = as_text(val).as_deref() == Some("only");
                        part.by_side_effect = val.as_bool().unwrap_or(false) || part.side_effect_only;
                    }
                    "control" | "not-conflicting" => {}
                    other => return Err(ctx.err(format!("unknown key in `{key}`"), Some(other.to_string()))),
                }
            }
            part.formula = formula.ok_or_else(|| ctx.err(format!("an item of `{key}` has no pattern"), None))?;
            out.push(part);
        }
        Ok(out)
    };
    let sources = parts("pattern-sources", &["label", "requires"])?;
    let sinks = parts("pattern-sinks", &["requires"])?;
    let sanitizers = parts("pattern-sanitizers", &["rejects"])?;
    if sources.is_empty() {
        return Err(ctx.err("a taint rule needs at least one item in `pattern-sources`", None));
    }
    if sinks.is_empty() {
        return Err(ctx.err("a taint rule needs at least one item in `pattern-sinks`", None));
    }
    let mut propagators = Vec::new();
    if let Some(v) = map.get("pattern-propagators") {
        let items = v.as_array().ok_or_else(|| ctx.err("`pattern-propagators` must be a list", Some(v.to_string())))?;
        for item in items {
            let obj =
                item.as_object().ok_or_else(|| ctx.err("items of `pattern-propagators` must be mappings", None))?;
            let mut formula = None;
            let (mut from, mut to) = (None, None);
            for (k, val) in obj {
                match k.as_str() {
                    "pattern" | "patterns" | "pattern-either" | "pattern-regex" => {
                        formula = Some(compile_formula(k, val, ctx)?)
                    }
                    "from" => from = as_text(val).map(|t| t.trim().trim_start_matches('$').to_string()),
                    "to" => to = as_text(val).map(|t| t.trim().trim_start_matches('$').to_string()),
                    "label" | "requires" | "replace-labels" | "by-side-effect" => {}
                    other => return Err(ctx.err("unknown key in `pattern-propagators`", Some(other.to_string()))),
                }
            }
            let (Some(formula), Some(from), Some(to)) = (formula, from, to) else {
                return Err(ctx.err("a propagator needs a pattern, `from` and `to`", None));
            };
            propagators.push(TaintPropagator { formula, from, to });
        }
    }
    Ok(TaintRule { sources, sinks, sanitizers, propagators })
}

/// The value of `pattern-not`, `pattern-inside` and friends: a pattern
/// string, or a nested formula.
fn sub_formula(v: &Value, ctx: &Ctx) -> Result<Formula, RuleError> {
    match v {
        Value::Object(_) => {
            let (k, inner) = single_key(v, ctx)?;
            compile_formula(k, inner, ctx)
        }
        _ => compile_formula("pattern", v, ctx),
    }
}

fn single_key<'v>(item: &'v Value, ctx: &Ctx) -> Result<(&'v str, &'v Value), RuleError> {
    let obj =
        item.as_object().ok_or_else(|| ctx.err("expected an operator such as `pattern:`", Some(item.to_string())))?;
    let mut keys = obj.iter();
    match (keys.next(), keys.next()) {
        (Some((k, v)), None) => Ok((k.as_str(), v)),
        _ => Err(ctx
            .err("each item must hold exactly one operator", Some(obj.keys().cloned().collect::<Vec<_>>().join(", ")))),
    }
}

fn check_keys(m: &Map<String, Value>, allowed: &[&str], op: &str, ctx: &Ctx) -> Result<(), RuleError> {
    for key in m.keys() {
        if !allowed.contains(&key.as_str()) {
            return Err(ctx.err(format!("unknown key in `{op}`"), Some(key.clone())));
        }
    }
    Ok(())
}

fn metavar_name(v: Option<&Value>, op: &str, ctx: &Ctx) -> Result<String, RuleError> {
    let name = v.and_then(as_text).ok_or_else(|| ctx.err(format!("`{op}` needs `metavariable`"), None))?;
    Ok(name.trim().trim_start_matches('$').to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cwe_spellings_normalize() {
        assert_eq!(normalize_cwe("CWE-89: Improper Neutralization"), Some("CWE-89".into()));
        assert_eq!(normalize_cwe("cwe-78"), Some("CWE-78".into()));
        assert_eq!(normalize_cwe("502"), Some("CWE-502".into()));
        assert_eq!(normalize_cwe("A03:2021"), None);
    }

    #[test]
    fn a_valid_rule_loads() {
        let yaml = r#"
rules:
  - id: demo.eval
    languages: [python]
    severity: ERROR
    message: eval of $X
    metadata:
      cwe: ["CWE-95: Eval Injection"]
      confidence: HIGH
    patterns:
      - pattern: eval($X)
      - pattern-not: eval("...")
"#;
        let loaded = load_str(yaml, "demo.yaml");
        assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
        let rule = &loaded.rules[0];
        assert_eq!(rule.id, "demo.eval");
        assert_eq!(rule.severity, Severity::High);
        assert_eq!(rule.confidence, Confidence::High);
        assert_eq!(rule.cwe, vec!["CWE-95"]);
    }

    fn only_error(yaml: &str) -> String {
        let loaded = load_str(yaml, "bad.yaml");
        assert_eq!(loaded.errors.len(), 1, "{:?}", loaded.errors);
        loaded.errors[0].to_string()
    }

    #[test]
    fn errors_name_file_rule_and_text() {
        assert!(only_error("rules: [").starts_with("bad.yaml: not valid YAML"));
        let e = only_error(
            "rules:\n  - id: r\n    languages: [python]\n    severity: INFO\n    message: m\n    pattern: f(\n",
        );
        assert!(e.contains("bad.yaml: rule `r`: pattern does not parse as python") && e.contains("`f(`"), "{e}");
        let e = only_error("rules:\n  - id: r\n    languages: [python]\n    severity: INFO\n    message: m\n    pattern: f()\n    colour: red\n");
        assert_eq!(e, "bad.yaml: rule `r`: unknown key: `colour`");
        let e = only_error("rules:\n  - id: t\n    mode: join\n    languages: [python]\n    severity: INFO\n    message: m\n    pattern: f()\n");
        assert!(e.contains("outside Vigil's subset"), "{e}");
        let e = only_error("rules:\n  - id: t\n    mode: taint\n    languages: [python]\n    severity: INFO\n    message: m\n    pattern-sources: []\n    pattern-sinks: [{pattern: f($X)}]\n");
        assert!(e.contains("needs at least one item in `pattern-sources`"), "{e}");
        let e = only_error(
            "rules:\n  - id: r\n    languages: [cobol]\n    severity: INFO\n    message: m\n    pattern: f()\n",
        );
        assert!(e.contains("unknown language `cobol`"), "{e}");
        let e = only_error(
            "rules:\n  - id: r\n    languages: [python]\n    severity: INFO\n    message: m\n    pattern-regex: '(a'\n",
        );
        assert!(e.contains("bad regex"), "{e}");
    }

    #[test]
    fn one_bad_rule_does_not_cost_the_others() {
        let yaml = "rules:\n  - id: good\n    languages: [js]\n    severity: LOW\n    message: m\n    pattern: eval($X)\n  - id: bad\n    languages: [js]\n    severity: LOW\n    message: m\n";
        let loaded = load_str(yaml, "x.yaml");
        assert_eq!(loaded.rules.len(), 1);
        assert_eq!(loaded.errors.len(), 1);
        assert_eq!(loaded.errors[0].rule_id.as_deref(), Some("bad"));
    }
}

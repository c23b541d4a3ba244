//! Regexes in rules. Semgrep rules are written for PCRE, and some use
//! look-around or back-references, which the `regex` crate refuses; those
//! fall back to `fancy-regex`. Everything else gets the linear-time engine.
//!
//! Building a regex's automaton costs far more than parsing it, and a rule
//! pack repeats the same source and sink regexes across many rules. So a
//! regex is only parsed (checked) when its rule loads; it is compiled the
//! first time a file needs it, once per distinct text in the process.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, OnceLock};

/// A rule's regex: checked when loaded, compiled on first use, and shared
/// by every rule that spells it the same way.
#[derive(Clone)]
pub struct RuleRegex {
    shared: Arc<Shared>,
}

struct Shared {
    text: String,
    /// Whether the linear engine refused the text (look-around,
    /// back-references), so that `fancy-regex` runs it.
    backtracking: bool,
    /// Whether the text was parsed when the regex was made; an unchecked
    /// regex (from the built-in pack) finds its engine when compiled.
    checked: bool,
    /// `None` when building the automaton failed after the text parsed (a
    /// size limit): such a regex matches nothing.
    compiled: OnceLock<Option<Compiled>>,
    /// For a backtracking regex: the same text without its look-arounds and
    /// back-references, for the linear engine. It matches wherever the
    /// original does (look-arounds only ever reject), so a text it does not
    /// match is passed over without backtracking through all of it.
    superset: OnceLock<Option<regex::Regex>>,
}

enum Compiled {
    Linear(regex::Regex),
    Backtracking(Box<fancy_regex::Regex>),
}

/// A regex match with its named and numbered groups.
pub struct RegexMatch {
    pub start: usize,
    pub end: usize,
    /// `(name, start, end)`; numbered groups are named `1`, `2`, ...
    pub groups: Vec<(String, usize, usize)>,
}

/// The size limit of a compiled regex; far above any real rule's.
const SIZE_LIMIT: usize = 50 << 20;
/// How many matches of one regex in one text are reported, at most.
const MAX_MATCHES: usize = 10_000;

/// Checked regexes by text, so that rules repeating one share its automaton.
fn interned() -> &'static Mutex<HashMap<String, Arc<Shared>>> {
    static TABLE: OnceLock<Mutex<HashMap<String, Arc<Shared>>>> = OnceLock::new();
    TABLE.get_or_init(Default::default)
}

impl RuleRegex {
    /// Checks `pattern` and returns it ready to compile on first use.
    pub fn new(pattern: &str) -> Result<RuleRegex, String> {
        let known = interned().lock().unwrap_or_else(|e| e.into_inner()).get(pattern).cloned();
        if let Some(shared) = known.filter(|s| s.checked) {
            return Ok(RuleRegex { shared });
        }
        let backtracking = match regex_syntax::ParserBuilder::new().build().parse(pattern) {
            Ok(_) => false,
            Err(linear_err) => {
                fancy_regex::Expr::parse_tree(pattern).map_err(|_| linear_err.to_string())?;
                true
            }
        };
        Ok(Self::intern(pattern, backtracking, true))
    }

    /// A regex known to be valid (the built-in pack's, which its tests
    /// check), not even parsed until first use.
    pub fn unchecked(pattern: &str) -> RuleRegex {
        if let Some(shared) = interned().lock().unwrap_or_else(|e| e.into_inner()).get(pattern) {
            return RuleRegex { shared: shared.clone() };
        }
        Self::intern(pattern, false, false)
    }

    fn intern(pattern: &str, backtracking: bool, checked: bool) -> RuleRegex {
        let shared = Arc::new(Shared {
            text: pattern.to_string(),
            backtracking,
            checked,
            compiled: OnceLock::new(),
            superset: OnceLock::new(),
        });
        let mut table = interned().lock().unwrap_or_else(|e| e.into_inner());
        let entry = table.entry(pattern.to_string()).or_insert_with(|| shared.clone());
        if checked && !entry.checked {
            *entry = shared;
        }
        RuleRegex { shared: entry.clone() }
    }

    /// Whether `fancy-regex` runs this regex (known for checked regexes).
    pub fn is_backtracking(&self) -> bool {
        self.shared.backtracking
    }

    fn compiled(&self) -> Option<&Compiled> {
        let shared = &*self.shared;
        shared
            .compiled
            .get_or_init(|| {
                let linear = || regex::RegexBuilder::new(&shared.text).size_limit(SIZE_LIMIT).build().ok();
                let backtracking = || {
                    fancy_regex::RegexBuilder::new(&shared.text)
                        .backtrack_limit(100_000)
                        .build()
                        .ok()
                        .map(|re| Compiled::Backtracking(Box::new(re)))
                };
                if shared.backtracking {
                    backtracking()
                } else {
                    // An unchecked regex the linear engine refuses needs look-around.
                    linear().map(Compiled::Linear).or_else(|| if shared.checked { None } else { backtracking() })
                }
            })
            .as_ref()
    }

    /// Whether the linear superset (see `Shared::superset`) matches `text`;
    /// true when there is none.
    fn may_match(&self, text: &str) -> bool {
        let superset = self.shared.superset.get_or_init(|| {
            let text = without_lookaround(&self.shared.text)?;
            regex::RegexBuilder::new(&text).size_limit(SIZE_LIMIT).build().ok()
        });
        superset.as_ref().is_none_or(|re| re.is_match(text))
    }

    pub fn as_str(&self) -> &str {
        &self.shared.text
    }

    pub fn is_match(&self, text: &str) -> bool {
        match self.compiled() {
            Some(Compiled::Linear(re)) => re.is_match(text),
            // A regex that hits the backtracking limit is taken as no match.
            Some(Compiled::Backtracking(re)) => self.may_match(text) && re.is_match(text).unwrap_or(false),
            None => false,
        }
    }

    /// All non-overlapping matches with their groups.
    pub fn captures_all(&self, text: &str) -> Vec<RegexMatch> {
        let mut out = Vec::new();
        match self.compiled() {
            None => {}
            Some(Compiled::Linear(re)) => {
                let names: Vec<Option<&str>> = re.capture_names().collect();
                for caps in re.captures_iter(text).take(MAX_MATCHES) {
                    let Some(whole) = caps.get(0) else { continue };
                    let mut groups = Vec::new();
                    for (i, name) in names.iter().enumerate().skip(1) {
                        if let Some(g) = caps.get(i) {
                            groups.push((i.to_string(), g.start(), g.end()));
                            if let Some(name) = name {
                                groups.push((name.to_string(), g.start(), g.end()));
                            }
                        }
                    }
                    out.push(RegexMatch { start: whole.start(), end: whole.end(), groups });
                }
            }
            Some(Compiled::Backtracking(_)) if !self.may_match(text) => {}
            Some(Compiled::Backtracking(re)) => {
                let names: Vec<Option<&str>> = re.capture_names().collect();
                for caps in re.captures_iter(text).take(MAX_MATCHES) {
                    let Ok(caps) = caps else { break };
                    let Some(whole) = caps.get(0) else { continue };
                    let mut groups = Vec::new();
                    for (i, name) in names.iter().enumerate().skip(1) {
                        if let Some(g) = caps.get(i) {
                            groups.push((i.to_string(), g.start(), g.end()));
                            if let Some(name) = name {
                                groups.push((name.to_string(), g.start(), g.end()));
                            }
                        }
                    }
                    out.push(RegexMatch { start: whole.start(), end: whole.end(), groups });
                }
            }
        }
        out
    }

    /// Replaces up to `count` matches (all when `None`) with `replacement`,
    /// which may refer to groups as `$1`, `${name}` or `\1`.
    pub fn replace(&self, text: &str, replacement: &str, count: Option<usize>) -> String {
        // Semgrep documents `\1` for groups; both engines spell it `${1}`.
        let replacement = backslash_groups_to_dollar(replacement);
        let limit = count.unwrap_or(0);
        match self.compiled() {
            Some(Compiled::Linear(re)) => re.replacen(text, limit, replacement.as_str()).into_owned(),
            Some(Compiled::Backtracking(re)) => re.replacen(text, limit, replacement.as_str()).into_owned(),
            None => text.to_string(),
        }
    }
}

/// `pattern` with its look-around groups removed, back-references made
/// `(?s:.*?)` and atomic groups made plain: a regex that matches wherever
/// `pattern` does. `None` when the text cannot be read that way.
fn without_lookaround(pattern: &str) -> Option<String> {
    let b = pattern.as_bytes();
    let mut out = String::with_capacity(pattern.len());
    let mut i = 0;
    let mut in_class = false;
    while i < b.len() {
        let c = b[i];
        if c == b'\\' {
            let next = *b.get(i + 1)?;
            if !in_class && next.is_ascii_digit() && next != b'0' {
                out.push_str("(?s:.*?)");
            } else {
                out.push('\\');
                out.push(next as char);
            }
            i += 2;
            continue;
        }
        if in_class {
            if c == b']' {
                in_class = false;
            }
        } else if c == b'[' {
            in_class = true;
            out.push('[');
            i += 1;
            // A `]` right after `[` or `[^` is a literal.
            if b.get(i) == Some(&b'^') {
                out.push('^');
                i += 1;
            }
            if b.get(i) == Some(&b']') {
                out.push(']');
                i += 1;
            }
            continue;
        } else if c == b'(' {
            let rest = &pattern[i..];
            let lookaround = ["(?=", "(?!", "(?<=", "(?<!"].iter().any(|p| rest.starts_with(p));
            if lookaround {
                i = group_end(b, i)?;
                continue;
            }
            if rest.starts_with("(?>") {
                out.push_str("(?:");
                i += 3;
                continue;
            }
        }
        // Multi-byte characters are copied whole.
        let len = pattern[i..].chars().next()?.len_utf8();
        out.push_str(&pattern[i..i + len]);
        i += len;
    }
    Some(out)
}

/// The index just past the group that opens at `open`.
fn group_end(b: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = open;
    let mut in_class = false;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'[' if !in_class => in_class = true,
            b']' if in_class => in_class = false,
            b'(' if !in_class => depth += 1,
            b')' if !in_class => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn backslash_groups_to_dollar(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(d) = chars.peek().copied().filter(|d| d.is_ascii_digit()) {
                chars.next();
                out.push_str(&format!("${{{d}}}"));
                continue;
            }
        }
        out.push(c);
    }
    out
}

impl fmt::Debug for RuleRegex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "/{}/", self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn look_around_falls_back_to_backtracking() {
        let re = RuleRegex::new(r"password(?!_hash)").unwrap();
        assert!(re.is_backtracking());
        assert!(re.is_match("password = 1"));
        assert!(!re.is_match("password_hash = 1"));
        assert!(!RuleRegex::new("a+b").unwrap().is_backtracking());
        assert!(RuleRegex::new("(unclosed").is_err());
    }

    #[test]
    fn the_linear_superset_drops_look_arounds_and_back_references() {
        let w = |p: &str| without_lookaround(p).unwrap();
        assert_eq!(w(r"password(?!_hash)"), "password");
        assert_eq!(w(r"(?<=@)(\w+)(?=[)(])\s\1"), r"(\w+)\s(?s:.*?)");
        assert_eq!(w(r"[(?!]x(?>ab|a)c"), r"[(?!]x(?:ab|a)c");
        // An escaped parenthesis opens no group.
        assert_eq!(w(r"\(?!a\)b"), r"\(?!a\)b");
        assert!(without_lookaround("(?!unclosed").is_none());
        // Results are those of the backtracking engine, with or without a
        // text the superset rejects.
        let re = RuleRegex::new(r"@(Get|Post)\s+(?!int\b)\w+\s+(\w+)").unwrap();
        assert!(re.is_backtracking());
        assert!(re.is_match("@Get String name"));
        assert!(!re.is_match("@Get int count"));
        assert!(!re.is_match("no annotation here"));
        assert_eq!(re.captures_all("f(@Post String a, @Get int b)").len(), 1);
        assert!(re.captures_all("plain text").is_empty());
    }

    #[test]
    fn one_text_is_one_automaton() {
        let a = RuleRegex::new(r"shared\s+text\d").unwrap();
        let b = RuleRegex::new(r"shared\s+text\d").unwrap();
        assert!(Arc::ptr_eq(&a.shared, &b.shared));
        assert!(a.is_match("shared  text1"));
        assert!(b.shared.compiled.get().is_some(), "compiled once, for both");
        let unchecked = RuleRegex::unchecked(r"token(?!_hash)");
        assert!(unchecked.is_match("token = 1") && !unchecked.is_match("token_hash"));
        assert!(RuleRegex::new("(unclosed2").is_err());
        let _ = RuleRegex::unchecked("(unclosed3");
        assert!(RuleRegex::new("(unclosed3").is_err(), "an unchecked regex is still checked for a user's rule");
    }

    #[test]
    fn groups_are_numbered_and_named() {
        let re = RuleRegex::new(r"(?P<key>\w+)=(\d+)").unwrap();
        let m = &re.captures_all("a=1 b=2")[1];
        assert_eq!((m.start, m.end), (4, 7));
        assert!(m.groups.contains(&("key".to_string(), 4, 5)));
        assert!(m.groups.contains(&("2".to_string(), 6, 7)));
    }

    #[test]
    fn replacements_accept_backslash_groups() {
        let re = RuleRegex::new(r"md5\((\w+)\)").unwrap();
        assert_eq!(re.replace("md5(x) md5(y)", r"sha256(\1)", Some(1)), "sha256(x) md5(y)");
        assert_eq!(re.replace("md5(x) md5(y)", "sha256($1)", None), "sha256(x) sha256(y)");
    }
}

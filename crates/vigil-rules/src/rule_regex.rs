//! Regexes in rules. Semgrep rules are written for PCRE, and some use
//! look-around or back-references, which the `regex` crate refuses; those
//! fall back to `fancy-regex`. Everything else gets the linear-time engine.

use std::fmt;

#[derive(Clone)]
pub enum RuleRegex {
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

impl RuleRegex {
    pub fn new(pattern: &str) -> Result<RuleRegex, String> {
        match regex::RegexBuilder::new(pattern).size_limit(SIZE_LIMIT).build() {
            Ok(re) => Ok(RuleRegex::Linear(re)),
            Err(linear_err) => fancy_regex::RegexBuilder::new(pattern)
                .backtrack_limit(100_000)
                .build()
                .map(|re| RuleRegex::Backtracking(Box::new(re)))
                .map_err(|_| linear_err.to_string()),
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            RuleRegex::Linear(re) => re.as_str(),
            RuleRegex::Backtracking(re) => re.as_str(),
        }
    }

    pub fn is_match(&self, text: &str) -> bool {
        match self {
            RuleRegex::Linear(re) => re.is_match(text),
            // A regex that hits the backtracking limit is taken as no match.
            RuleRegex::Backtracking(re) => re.is_match(text).unwrap_or(false),
        }
    }

    /// All non-overlapping matches with their groups.
    pub fn captures_all(&self, text: &str) -> Vec<RegexMatch> {
        let mut out = Vec::new();
        match self {
            RuleRegex::Linear(re) => {
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
            RuleRegex::Backtracking(re) => {
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
        match self {
            RuleRegex::Linear(re) => re.replacen(text, limit, replacement.as_str()).into_owned(),
            RuleRegex::Backtracking(re) => re.replacen(text, limit, replacement.as_str()).into_owned(),
        }
    }
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
        assert!(matches!(re, RuleRegex::Backtracking(_)));
        assert!(re.is_match("password = 1"));
        assert!(!re.is_match("password_hash = 1"));
        assert!(matches!(RuleRegex::new("a+b").unwrap(), RuleRegex::Linear(_)));
        assert!(RuleRegex::new("(unclosed").is_err());
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

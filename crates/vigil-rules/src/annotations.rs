//! Semgrep's rule-test convention: comments in a target file say which lines
//! a rule must report (`ruleid: ID`) and must not (`ok: ID`), with
//! `todoruleid:` and `todook:` for known gaps that do not fail the test.
//!
//! An annotation on a line of its own applies to the next line that is not
//! itself an annotation; one at the end of a code line applies to that line.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use regex::Regex;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Expect {
    /// Must be reported.
    RuleId,
    /// Must not be reported.
    Ok,
    /// Should be reported but is not yet: a known false negative.
    TodoRuleId,
    /// Should not be reported but is: a known false positive.
    TodoOk,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Annotation {
    /// The 1-based line the annotation applies to.
    pub line: u32,
    pub rule_id: String,
    pub expect: Expect,
}

fn annotation_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?:#|//|/\*|<!--|--|%|;)\s*(todoruleid|todook|ruleid|ok)\s*:\s*([A-Za-z0-9_.\-/]+(?:\s*,\s*[A-Za-z0-9_.\-/]+)*)")
            .expect("the annotation regex is valid")
    })
}

/// The annotations of a target file.
pub fn parse_annotations(text: &str) -> Vec<Annotation> {
    let re = annotation_regex();
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        for caps in re.captures_iter(line) {
            let expect = match &caps[1] {
                "ruleid" => Expect::RuleId,
                "ok" => Expect::Ok,
                "todoruleid" => Expect::TodoRuleId,
                _ => Expect::TodoOk,
            };
            let whole = caps.get(0).map(|m| m.start()).unwrap_or(0);
            let code_before = !line[..whole].trim().is_empty();
            let target = if code_before {
                i
            } else {
                // The next line that is not only an annotation comment.
                (i + 1..lines.len())
                    .find(|&j| {
                        let l = lines[j];
                        match re.find(l) {
                            Some(m) => !l[..m.start()].trim().is_empty(),
                            None => true,
                        }
                    })
                    .unwrap_or(i + 1)
            };
            for id in caps[2].split(',') {
                out.push(Annotation { line: target as u32 + 1, rule_id: id.trim().to_string(), expect });
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// A disagreement between annotations and what a rule reported.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mismatch {
    pub rule_id: String,
    pub line: u32,
    /// True when the rule should have reported the line and did not.
    pub missed: bool,
}

/// Compares reported lines (rule id → lines where a match starts) with the
/// annotations, for the rules in `tested`. A rule passes when the lines it
/// reports are exactly its `ruleid` and `todook` lines.
pub fn compare(
    annotations: &[Annotation],
    reported: &BTreeMap<String, BTreeSet<u32>>,
    tested: &BTreeSet<String>,
) -> Vec<Mismatch> {
    let mut out = Vec::new();
    let empty = BTreeSet::new();
    for rule in tested {
        let expected: BTreeSet<u32> = annotations
            .iter()
            .filter(|a| &a.rule_id == rule && matches!(a.expect, Expect::RuleId | Expect::TodoOk))
            .map(|a| a.line)
            .collect();
        let got = reported.get(rule).unwrap_or(&empty);
        for &line in expected.difference(got) {
            out.push(Mismatch { rule_id: rule.clone(), line, missed: true });
        }
        for &line in got.difference(&expected) {
            out.push(Mismatch { rule_id: rule.clone(), line, missed: false });
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotations_apply_to_the_next_code_line() {
        let text = "# ruleid: a\n# ok: b\nfoo()\nbar()  # todoruleid: a, c\n// todook: d\n\nx\n";
        let got = parse_annotations(text);
        assert_eq!(
            got,
            vec![
                Annotation { line: 3, rule_id: "a".into(), expect: Expect::RuleId },
                Annotation { line: 3, rule_id: "b".into(), expect: Expect::Ok },
                Annotation { line: 4, rule_id: "a".into(), expect: Expect::TodoRuleId },
                Annotation { line: 4, rule_id: "c".into(), expect: Expect::TodoRuleId },
                Annotation { line: 6, rule_id: "d".into(), expect: Expect::TodoOk },
            ]
        );
    }

    #[test]
    fn compare_reports_misses_and_extras() {
        let anns = parse_annotations("# ruleid: r\nf()\n# ok: r\ng()\n# todoruleid: r\nh()\n");
        let tested: BTreeSet<String> = ["r".to_string()].into();
        let mut reported = BTreeMap::new();
        reported.insert("r".to_string(), BTreeSet::from([2]));
        assert!(compare(&anns, &reported, &tested).is_empty());
        reported.insert("r".to_string(), BTreeSet::from([4]));
        assert_eq!(
            compare(&anns, &reported, &tested),
            vec![
                Mismatch { rule_id: "r".into(), line: 2, missed: true },
                Mismatch { rule_id: "r".into(), line: 4, missed: false },
            ]
        );
    }
}

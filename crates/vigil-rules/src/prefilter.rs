//! Skipping rules, and whole files, by the words they need.
//!
//! Parsing dominates a scan's cost, so the cheapest scan is the one that never
//! parses a file no rule can match. Each rule's formula yields a requirement
//! over words that any match must contain (`yaml.load($X)` needs `yaml` and
//! `load`); one Aho-Corasick pass over a file's bytes finds which words occur,
//! and only rules whose requirement holds run.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use vigil_core::Language;

use crate::model::{Condition, Formula};

/// What words a match needs: all of them, any of them, or nothing known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Requirement {
    Always,
    Word(usize),
    All(Vec<Requirement>),
    Any(Vec<Requirement>),
}

impl Requirement {
    pub fn holds(&self, present: &[bool]) -> bool {
        match self {
            Requirement::Always => true,
            Requirement::Word(i) => present[*i],
            Requirement::All(rs) => rs.iter().all(|r| r.holds(present)),
            Requirement::Any(rs) => rs.iter().any(|r| r.holds(present)),
        }
    }
}

/// Interns words and scans texts for them.
#[derive(Debug, Default)]
pub struct WordTable {
    words: Vec<String>,
    automaton: Option<AhoCorasick>,
}

impl WordTable {
    fn intern(&mut self, word: &str) -> usize {
        match self.words.iter().position(|w| w == word) {
            Some(i) => i,
            None => {
                self.words.push(word.to_string());
                self.words.len() - 1
            }
        }
    }

    /// The requirement of a formula on `lang` files, interning its words.
    pub fn requirement(&mut self, formula: &Formula, lang: Language) -> Requirement {
        match formula {
            Formula::Pattern(set) => {
                let Some(pattern) = set.for_language(lang) else {
                    return Requirement::Always;
                };
                let words = pattern.required_words();
                if words.is_empty() {
                    Requirement::Always
                } else {
                    Requirement::All(words.iter().map(|w| Requirement::Word(self.intern(w))).collect())
                }
            }
            Formula::Regex(_) => Requirement::Always,
            // A flow needs a source and a sink in the file.
            Formula::Taint(t) => {
                let any = |parts: &[crate::model::TaintPart], table: &mut WordTable| {
                    let reqs: Vec<Requirement> = parts.iter().map(|p| table.requirement(&p.formula, lang)).collect();
                    if reqs.contains(&Requirement::Always) {
                        Requirement::Always
                    } else {
                        Requirement::Any(reqs)
                    }
                };
                let sources = any(&t.sources, self);
                let sinks = any(&t.sinks, self);
                Requirement::All(vec![sources, sinks])
            }
            Formula::Either(alternatives) => {
                let reqs: Vec<Requirement> = alternatives.iter().map(|f| self.requirement(f, lang)).collect();
                if reqs.contains(&Requirement::Always) {
                    Requirement::Always
                } else {
                    Requirement::Any(reqs)
                }
            }
            Formula::All(positives, conditions) => {
                let mut reqs: Vec<Requirement> = positives.iter().map(|f| self.requirement(f, lang)).collect();
                for c in conditions {
                    if let Condition::Inside(f) = c {
                        reqs.push(self.requirement(f, lang));
                    }
                }
                reqs.retain(|r| *r != Requirement::Always);
                if reqs.is_empty() {
                    Requirement::Always
                } else {
                    Requirement::All(reqs)
                }
            }
        }
    }

    /// Builds the automaton once every rule's words are interned.
    pub fn finish(&mut self) {
        self.automaton = AhoCorasickBuilder::new().match_kind(MatchKind::Standard).build(&self.words).ok();
    }

    /// Which interned words occur in `text`.
    pub fn present(&self, text: &[u8]) -> Vec<bool> {
        let mut present = vec![false; self.words.len()];
        let Some(ac) = &self.automaton else {
            return vec![true; self.words.len()];
        };
        let mut remaining = self.words.len();
        // Overlapping search: a word inside another word still counts.
        for m in ac.find_overlapping_iter(text) {
            let i = m.pattern().as_usize();
            if !present[i] {
                present[i] = true;
                remaining -= 1;
                if remaining == 0 {
                    break;
                }
            }
        }
        present
    }
}

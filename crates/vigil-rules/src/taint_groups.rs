//! Running the taint rules of one file together. Many rules of a pack share
//! their sources (the request object, the command line) and, in a given
//! file, match no sanitizer or the same ones; they differ in their sinks.
//! The dataflow interpretation of a file depends only on where the sources,
//! sanitizers and propagators matched, and a sink only records the flows
//! that reach it. So rules whose sources, sanitizers and propagators matched
//! the same places, and whose sinks all require the same labels, are
//! analysed once with all their sinks, and each rule keeps the flows that
//! reach its own sinks: the same findings as one analysis per rule, at the
//! cost of one.

use std::collections::HashSet;

use vigil_dataflow::{Flow, LabelExpr, TaintSpec};
use vigil_pattern::Match;

use crate::eval::{flows_to_sinks, taint_matches, TaintMatches, Target};
use crate::model::TaintRule;

/// Rules that can share one analysis: equal sources, sanitizers and
/// propagators, and one `requires` for every sink (a sink's labels decide
/// which flows it records, so sinks with different requirements at one
/// place must not be mixed).
struct Group {
    /// Positions in the caller's list, with what each rule matched.
    members: Vec<(usize, TaintMatches)>,
}

impl Group {
    fn spec(&self) -> &TaintSpec {
        &self.members[0].1.spec
    }

    fn accepts(&self, found: &TaintMatches) -> bool {
        let (a, b) = (self.spec(), &found.spec);
        a.sources == b.sources
            && a.sanitizers == b.sanitizers
            && a.propagators == b.propagators
            && uniform_requires(b) == uniform_requires(a)
    }
}

/// The `requires` shared by all of a spec's sinks, or `None` when they
/// differ (the rule is then analysed alone).
fn uniform_requires(spec: &TaintSpec) -> Option<Option<&LabelExpr>> {
    let first = spec.sinks.first()?.requires.as_ref();
    spec.sinks.iter().all(|s| s.requires.as_ref() == first).then_some(first)
}

/// The findings of each of `rules` on `target` (in the same order), as
/// [`crate::eval::evaluate_taint`] gives them one rule at a time.
pub(crate) fn evaluate_taint_rules(rules: &[&TaintRule], target: &Target) -> Vec<Vec<(Match, Flow)>> {
    let mut results: Vec<Vec<(Match, Flow)>> = vec![Vec::new(); rules.len()];
    if target.tree.is_none() {
        return results;
    }
    let mut groups: Vec<Group> = Vec::new();
    for (i, rule) in rules.iter().enumerate() {
        let Some(found) = taint_matches(rule, target) else { continue };
        let shared = uniform_requires(&found.spec).is_some();
        match groups.iter_mut().find(|g| shared && g.accepts(&found)) {
            Some(group) => group.members.push((i, found)),
            None => groups.push(Group { members: vec![(i, found)] }),
        }
    }
    for group in groups {
        let flows = if group.members.len() == 1 {
            target.analyze_taint(group.spec())
        } else {
            let mut spec = group.spec().clone();
            spec.sinks = group.members.iter().flat_map(|(_, m)| m.spec.sinks.iter().cloned()).collect();
            target.analyze_taint(&spec)
        };
        for (i, found) in &group.members {
            let own: HashSet<(usize, usize)> = found.spec.sinks.iter().map(|s| s.span).collect();
            let mine = flows.iter().filter(|f| own.contains(&f.sink)).cloned();
            results[*i] = flows_to_sinks(mine, &found.sink_matches);
        }
    }
    results
}

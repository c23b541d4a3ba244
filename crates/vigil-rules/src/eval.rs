//! Evaluating a rule's formula on one parsed file, with Semgrep's semantics:
//! positive terms of `patterns` intersect by range inclusion, with
//! metavariables agreeing; `pattern-inside` keeps matches inside another;
//! `pattern-not` drops matches of the same range; `pattern-not-inside` drops
//! matches inside another; the metavariable filters come next, and
//! `focus-metavariable` last.

use rustc_hash::FxHashMap as HashMap;
use std::path::Path;
use std::sync::Arc;

use vigil_core::Language;
use vigil_lang::tree_sitter::{Node, Tree};
use vigil_lang::{preorder_with_depths, KindTable};
use vigil_pattern::{Binding, Bindings, ChildCache, Match, MatchContext, Pattern};

use crate::compare::holds;
use crate::model::{Condition, Formula, TaintRule};

/// A file ready for rules: its text, its tree (none for generic text) and an
/// index of its nodes by kind, built on first use.
pub struct Target<'a> {
    pub path: &'a Path,
    pub language: Language,
    /// The parsed text (the original text plus any repair suffix).
    pub source: &'a str,
    /// Length of the user's text; matches past it are clipped.
    pub original_len: usize,
    pub tree: Option<&'a Tree>,
    by_kind: std::cell::OnceCell<KindIndex<'a>>,
    /// The nodes in pre-order and the depth of each.
    preorder: std::cell::OnceCell<(Vec<Node<'a>>, Vec<u32>)>,
    context: std::cell::OnceCell<MatchContext>,
    children: ChildCache<'a>,
    /// Matches of each pattern run on the file, by the pattern's address:
    /// rules share compiled patterns (taint rules repeat their sources and
    /// sinks), and a pattern's matches in one file never change.
    matches: std::cell::RefCell<HashMap<usize, Vec<Match>>>,
    /// The taint engine's pre-pass results, shared by the file's analyses.
    taint_facts: vigil_dataflow::FileFacts<'a>,
}

impl<'a> Target<'a> {
    pub fn new(
        path: &'a Path,
        language: Language,
        source: &'a str,
        original_len: usize,
        tree: Option<&'a Tree>,
    ) -> Self {
        Target {
            path,
            language,
            source,
            original_len,
            tree,
            by_kind: std::cell::OnceCell::new(),
            preorder: std::cell::OnceCell::new(),
            context: std::cell::OnceCell::new(),
            children: ChildCache::new(),
            matches: Default::default(),
            taint_facts: vigil_dataflow::FileFacts::new(),
        }
    }

    /// Nodes of one kind, in document order. One walk of the tree serves
    /// every rule: this is the node-kind dispatch.
    fn nodes_of_kind(&self, kind: &str) -> &[Node<'a>] {
        self.by_kind.get_or_init(|| KindIndex::new(self.all_nodes())).nodes(kind)
    }

    /// Every node of the tree in pre-order, walked once: a tree cursor's
    /// steps cost more than reading a list, and patterns without a root kind
    /// try every node. The same walk serves the kind index and the imports
    /// and constants.
    fn all_nodes(&self) -> &[Node<'a>] {
        &self.preorder_with_depths().0
    }

    fn preorder_with_depths(&self) -> &(Vec<Node<'a>>, Vec<u32>) {
        self.preorder.get_or_init(|| match self.tree {
            Some(tree) => preorder_with_depths(tree.root_node()),
            None => (Vec::new(), Vec::new()),
        })
    }

    /// Every flow from a source to a sink of `spec` in the file.
    pub(crate) fn analyze_taint(&self, spec: &vigil_dataflow::TaintSpec) -> Vec<vigil_dataflow::Flow> {
        match self.tree {
            Some(tree) => {
                vigil_dataflow::analyze_with(self.language, tree.root_node(), self.source, spec, &self.taint_facts)
            }
            None => Vec::new(),
        }
    }

    pub fn text(&self, start: usize, end: usize) -> &'a str {
        self.source.get(start..end).unwrap_or("")
    }

    /// Imports and constants of the file, read on first use.
    fn context(&self) -> &MatchContext {
        self.context.get_or_init(|| match self.tree {
            Some(_) => {
                let (nodes, depths) = self.preorder_with_depths();
                MatchContext::for_preorder(self.language, nodes, depths, self.source)
            }
            None => MatchContext::default(),
        })
    }

    /// In C and C++, the function a macro renames (`EXECL` after
    /// `#define EXECL execl`), so that a metavariable bound to the macro's name
    /// passes the regex written for the function.
    fn macro_target(&self, name: &str) -> Option<&str> {
        if !matches!(self.language, Language::C | Language::Cpp) {
            return None;
        }
        self.context().imported_as(name)
    }

    fn run_pattern(&self, pattern: &Pattern) -> Vec<Match> {
        if self.tree.is_none() {
            return Vec::new();
        }
        let key = pattern as *const Pattern as usize;
        if let Some(found) = self.matches.borrow().get(&key) {
            return found.clone();
        }
        let found = match pattern.root_kinds() {
            Some(kinds) => {
                let mut nodes: Vec<Node> = kinds.iter().flat_map(|k| self.nodes_of_kind(k).iter().copied()).collect();
                if kinds.len() > 1 {
                    nodes.sort_by_key(|n| (n.start_byte(), std::cmp::Reverse(n.end_byte())));
                }
                // No node to try: the file's imports and constants need not
                // be read for this pattern.
                if nodes.is_empty() {
                    Vec::new()
                } else {
                    pattern.find_at_cached(nodes, self.source, self.context(), &self.children)
                }
            }
            None => {
                pattern.find_at_cached(self.all_nodes().iter().copied(), self.source, self.context(), &self.children)
            }
        };
        self.matches.borrow_mut().insert(key, found.clone());
        found
    }
}

/// A file's nodes by kind, each list in document order. Kinds are told apart
/// by the grammar's numbering of kind names (see [`KindTable`]), read
/// without `Node::kind`'s string conversion for every node.
struct KindIndex<'a> {
    table: Option<std::rc::Rc<KindTable>>,
    /// By the kind name's number.
    lists: Vec<Vec<Node<'a>>>,
    /// Kinds outside the grammar's table (error nodes), by name.
    other: HashMap<&'a str, Vec<Node<'a>>>,
}

impl<'a> KindIndex<'a> {
    fn new(nodes: &[Node<'a>]) -> Self {
        let table = nodes.first().map(|n| KindTable::of(*n));
        let mut index = KindIndex { lists: Vec::new(), other: HashMap::default(), table: None };
        let Some(table) = table else { return index };
        index.lists = vec![Vec::new(); table.distinct()];
        for &node in nodes {
            match table.number(node).or_else(|| table.number_of(node.kind())) {
                Some(n) => index.lists[n as usize].push(node),
                None => index.other.entry(node.kind()).or_default().push(node),
            }
        }
        index.table = Some(table);
        index
    }

    fn nodes(&self, kind: &str) -> &[Node<'a>] {
        let listed = self.table.as_ref().and_then(|t| t.number_of(kind)).and_then(|n| self.lists.get(n as usize));
        match listed {
            Some(list) => list,
            None => self.other.get(kind).map(|v| v.as_slice()).unwrap_or(&[]),
        }
    }
}

/// All matches of `formula` in `target`.
pub fn evaluate(formula: &Formula, target: &Target) -> Vec<Match> {
    let mut out = match formula {
        Formula::Pattern(set) => match set.for_language(target.language) {
            Some(p) => target.run_pattern(p),
            None => Vec::new(),
        },
        Formula::Regex(re) => re
            .captures_all(&target.source[..target.original_len])
            .into_iter()
            .map(|m| {
                let mut bindings: Bindings = m
                    .groups
                    .into_iter()
                    .map(|(name, s, e)| (Arc::from(name.as_str()), Binding { start: s, end: e }))
                    .collect();
                bindings.sort();
                bindings.dedup_by(|a, b| a.0 == b.0);
                Match { start: m.start, end: m.end, bindings }
            })
            .collect(),
        Formula::Either(alternatives) => alternatives.iter().flat_map(|f| evaluate(f, target)).collect(),
        Formula::All(positives, conditions) => evaluate_all(positives, conditions, target),
        Formula::Taint(rule) => evaluate_taint(rule, target).into_iter().map(|(m, _)| m).collect(),
    };
    out.sort();
    out.dedup();
    out
}

fn text_eq(target: &Target, a: Binding, b: Binding) -> bool {
    let compact = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    compact(target.text(a.start, a.end)) == compact(target.text(b.start, b.end))
}

/// Merges two matches' bindings, or `None` if a shared metavariable differs.
fn unify(target: &Target, a: &Bindings, b: &Bindings) -> Option<Bindings> {
    let mut merged = a.clone();
    for (name, bb) in b {
        match a.iter().find(|(n, _)| n == name) {
            Some((_, ab)) => {
                if !text_eq(target, *ab, *bb) {
                    return None;
                }
            }
            None => merged.push((name.clone(), *bb)),
        }
    }
    merged.sort_by(|x, y| x.0.cmp(&y.0));
    Some(merged)
}

fn inside(inner: &Match, outer: &Match) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

fn evaluate_all(positives: &[Formula], conditions: &[Condition], target: &Target) -> Vec<Match> {
    let mut ranges = match positives.first() {
        Some(f) => evaluate(f, target),
        None => return Vec::new(),
    };
    for f in &positives[1..] {
        if ranges.is_empty() {
            return ranges;
        }
        let others = evaluate(f, target);
        let mut next = Vec::new();
        for a in &ranges {
            for b in &others {
                if inside(a, b) {
                    if let Some(bs) = unify(target, &a.bindings, &b.bindings) {
                        next.push(Match { start: a.start, end: a.end, bindings: bs });
                    }
                } else if inside(b, a) {
                    if let Some(bs) = unify(target, &b.bindings, &a.bindings) {
                        next.push(Match { start: b.start, end: b.end, bindings: bs });
                    }
                }
            }
        }
        next.sort();
        next.dedup();
        ranges = next;
    }
    // Positive conditions first, so negative ones see their bindings.
    let order = |c: &Condition| match c {
        Condition::Inside(_) => 0,
        Condition::Not(_) | Condition::NotInside(_) | Condition::NotRegex(_) => 1,
        Condition::MetavariableRegex { .. }
        | Condition::MetavariablePattern { .. }
        | Condition::MetavariableComparison { .. } => 2,
        Condition::Focus(_) => 3,
    };
    let mut sorted: Vec<&Condition> = conditions.iter().collect();
    sorted.sort_by_key(|c| order(c));
    for condition in sorted {
        if ranges.is_empty() {
            break;
        }
        ranges = apply(condition, ranges, target);
    }
    ranges.sort();
    ranges.dedup();
    ranges
}

fn apply(condition: &Condition, ranges: Vec<Match>, target: &Target) -> Vec<Match> {
    let lookup =
        |m: &Match, name: &str| -> Option<Binding> { m.bindings.iter().find(|(n, _)| &**n == name).map(|(_, b)| *b) };
    match condition {
        Condition::Inside(f) => {
            let outers = evaluate(f, target);
            let mut kept = Vec::new();
            for m in ranges {
                // The innermost enclosing match binds most precisely.
                let mut best: Option<(usize, Bindings)> = None;
                for o in outers.iter().filter(|o| inside(&m, o)) {
                    if let Some(bs) = unify(target, &m.bindings, &o.bindings) {
                        let size = o.end - o.start;
                        if best.as_ref().is_none_or(|(s, _)| size < *s) {
                            best = Some((size, bs));
                        }
                    }
                }
                if let Some((_, bindings)) = best {
                    kept.push(Match { bindings, ..m });
                }
            }
            kept
        }
        Condition::NotInside(f) => {
            let outers = evaluate(f, target);
            ranges
                .into_iter()
                .filter(|m| !outers.iter().any(|o| inside(m, o) && unify(target, &m.bindings, &o.bindings).is_some()))
                .collect()
        }
        Condition::Not(f) => {
            let negatives = evaluate(f, target);
            ranges
                .into_iter()
                .filter(|m| {
                    !negatives.iter().any(|n| {
                        n.start == m.start && n.end == m.end && unify(target, &m.bindings, &n.bindings).is_some()
                    })
                })
                .collect()
        }
        Condition::NotRegex(re) => {
            let hits = re.captures_all(&target.source[..target.original_len]);
            // Dropped when one contains the other, either way round.
            ranges
                .into_iter()
                .filter(|m| {
                    !hits
                        .iter()
                        .any(|h| (h.start <= m.start && m.end <= h.end) || (m.start <= h.start && h.end <= m.end))
                })
                .collect()
        }
        Condition::MetavariableRegex { metavariable, regex } => ranges
            .into_iter()
            .filter(|m| {
                lookup(m, metavariable).is_some_and(|b| {
                    let code = target.text(b.start, b.end);
                    regex.is_match(code) || target.macro_target(code).is_some_and(|name| regex.is_match(name))
                })
            })
            .collect(),
        Condition::MetavariableComparison { comparison, base, .. } => ranges
            .into_iter()
            .filter(|m| {
                holds(comparison, &|name| {
                    let code = target.text(lookup(m, name)?.start, lookup(m, name)?.end).trim();
                    match base {
                        // `0o755` or `755` in base 8 is 493.
                        Some(b) => {
                            let digits =
                                code.trim_start_matches("0o").trim_start_matches("0x").trim_start_matches("0b");
                            i64::from_str_radix(digits, *b).ok().map(|v| v.to_string())
                        }
                        None => Some(code.to_string()),
                    }
                })
            })
            .collect(),
        Condition::MetavariablePattern { metavariable, language, formula } => {
            let same_language = language.is_none_or(|l| l.covers(target.language));
            if same_language {
                // Evaluate on the same tree, keeping matches inside the binding.
                let inner = evaluate(formula, target);
                let mut kept = Vec::new();
                for m in ranges {
                    let Some(b) = lookup(&m, metavariable) else {
                        continue;
                    };
                    let span = Match { start: b.start, end: b.end, bindings: Vec::new() };
                    let hit =
                        inner.iter().filter(|i| inside(i, &span)).find_map(|i| unify(target, &m.bindings, &i.bindings));
                    if let Some(bindings) = hit {
                        kept.push(Match { bindings, ..m });
                    }
                }
                kept
            } else {
                let lang = language.unwrap_or(target.language);
                ranges
                    .into_iter()
                    .filter(|m| {
                        lookup(m, metavariable)
                            .is_some_and(|b| embedded_matches(formula, lang, target.text(b.start, b.end), target.path))
                    })
                    .collect()
            }
        }
        Condition::Focus(names) => {
            // Several names in one `focus-metavariable`: each is reported
            // (Semgrep's union).
            let mut out = Vec::new();
            for m in ranges {
                for name in names {
                    if let Some(b) = lookup(&m, name) {
                        out.push(Match { start: b.start, end: b.end, bindings: m.bindings.clone() });
                    }
                }
            }
            out
        }
    }
}

/// Whether code embedded in a bound value (a string literal's content, for
/// instance) matches `formula` when parsed as `lang`.
fn embedded_matches(formula: &Formula, lang: Language, code: &str, path: &Path) -> bool {
    let content = unquote(code);
    if lang == Language::Generic {
        let target = Target::new(path, lang, content, content.len(), None);
        return !evaluate(formula, &target).is_empty();
    }
    let Ok(parsed) = vigil_lang::parse(lang, content) else {
        return false;
    };
    let target = Target::new(path, lang, &parsed.source, parsed.original_len, Some(&parsed.tree));
    !evaluate(formula, &target).is_empty()
}

fn unquote(code: &str) -> &str {
    let t = code.trim();
    for q in ["\"\"\"", "'''", "\"", "'", "`"] {
        if t.len() >= 2 * q.len() && t.starts_with(q) && t.ends_with(q) {
            return &t[q.len()..t.len() - q.len()];
        }
    }
    t
}

/// What a taint rule's parts matched in one file: the analysis' input, and
/// each sink's match (for the message's metavariables).
pub(crate) struct TaintMatches {
    pub(crate) spec: vigil_dataflow::TaintSpec,
    pub(crate) sink_matches: HashMap<(usize, usize), Match>,
}

/// The sinks that tainted data reaches, each with the flow that reaches it
/// (the first, by source position, when several do).
pub fn evaluate_taint(rule: &TaintRule, target: &Target) -> Vec<(Match, vigil_dataflow::Flow)> {
    let Some(found) = taint_matches(rule, target) else { return Vec::new() };
    let flows = target.analyze_taint(&found.spec);
    flows_to_sinks(flows, &found.sink_matches)
}

/// Evaluates a taint rule's sources, sinks, sanitizers and propagators;
/// `None` when no source or no sink matched (no flow is possible).
pub(crate) fn taint_matches(rule: &TaintRule, target: &Target) -> Option<TaintMatches> {
    use vigil_dataflow::{Propagator, Sink, Source, TaintSpec};
    target.tree?;
    let mut spec = TaintSpec::default();
    for part in &rule.sources {
        for m in evaluate(&part.formula, target) {
            spec.sources.push(Source {
                span: (m.start, m.end),
                labels: part.label.iter().cloned().collect(),
                by_side_effect: part.by_side_effect,
                side_effect_only: part.side_effect_only,
            });
        }
    }
    if spec.sources.is_empty() {
        return None;
    }
    let mut sink_matches: HashMap<(usize, usize), Match> = HashMap::default();
    for part in &rule.sinks {
        let statement_form = matches!(&part.formula, Formula::Pattern(ps)
            if ps.for_language(target.language).is_some_and(|p| p.is_expression_statement()));
        for mut m in evaluate(&part.formula, target) {
            if statement_form {
                (m.start, m.end) = statement_expression(target, (m.start, m.end));
            }
            spec.sinks.push(Sink { span: (m.start, m.end), requires: part.requires.clone(), exact: part.exact });
            sink_matches.entry((m.start, m.end)).or_insert(m);
        }
    }
    if spec.sinks.is_empty() {
        return None;
    }
    for part in &rule.sanitizers {
        let spans = evaluate(&part.formula, target).into_iter().map(|m| (m.start, m.end));
        if part.rejects {
            spec.rejecting_checks.extend(spans);
        } else {
            spec.sanitizers.extend(spans);
        }
    }
    for p in &rule.propagators {
        for m in evaluate(&p.formula, target) {
            let find = |name: &str| m.bindings.iter().find(|(n, _)| &**n == name).map(|(_, b)| (b.start, b.end));
            if let (Some(from), Some(to)) = (find(&p.from), find(&p.to)) {
                spec.propagators.push(Propagator { span: (m.start, m.end), from, to });
            }
        }
    }
    Some(TaintMatches { spec, sink_matches })
}

/// The outermost expression of the statement around the expression at
/// `span`: a sink written `f(...);` covers everything its statement
/// computes (`s.Schemas.Add(XmlReader.Create(x))` with `s` tainted), as in
/// Semgrep.
fn statement_expression(target: &Target, span: (usize, usize)) -> (usize, usize) {
    let Some(tree) = target.tree else { return span };
    let Some(mut node) = tree.root_node().descendant_for_byte_range(span.0, span.1) else { return span };
    while let Some(parent) = node.parent() {
        let kind = parent.kind();
        let holds_expression = !(kind.ends_with("statement")
            || kind.ends_with("declarator")
            || kind.ends_with("declaration")
            || kind.ends_with("clause")
            || kind.contains("block")
            || kind == "program"
            || kind == "module"
            || vigil_lang::is_function_kind(kind)
            || parent.parent().is_none());
        if !holds_expression {
            break;
        }
        node = parent;
    }
    (node.start_byte(), node.end_byte())
}

/// One finding per sink that a flow reaches, with the first flow (by source
/// position) that does.
pub(crate) fn flows_to_sinks(
    flows: impl IntoIterator<Item = vigil_dataflow::Flow>,
    sink_matches: &HashMap<(usize, usize), Match>,
) -> Vec<(Match, vigil_dataflow::Flow)> {
    let mut by_sink: std::collections::BTreeMap<(usize, usize), vigil_dataflow::Flow> =
        std::collections::BTreeMap::new();
    for flow in flows {
        by_sink.entry(flow.sink).or_insert(flow);
    }
    by_sink
        .into_iter()
        .map(|(sink, flow)| {
            let m =
                sink_matches.get(&sink).cloned().unwrap_or(Match { start: sink.0, end: sink.1, bindings: Vec::new() });
            (m, flow)
        })
        .collect()
}

//! The analysis: each function's statements interpreted over taint states,
//! with summaries carrying taint through calls to the file's own functions.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use vigil_core::Language;
use vigil_lang::tree_sitter::Node;
use vigil_lang::FieldLookup;
use vigil_lang::PreorderIter;

use crate::consts::{fold, Value};
use crate::facts::{FileFacts, ScopeFacts};
use crate::lower::{
    as_call, classify, function_name, function_parts, is_function, is_mutator, is_name_kind, path_of, targets, text,
    written_path, Stmt,
};
use crate::spec::{Flow, Span, Step, TaintSpec};
use crate::state::{join_all, Origin, State, Taint};

/// Deeper statement or expression nesting is not followed: adversarial
/// inputs must not overflow the stack.
const MAX_DEPTH: usize = 200;
/// Rounds of summary computation; call chains deeper than this in one file
/// are rare.
const SUMMARY_ROUNDS: usize = 4;
/// Loop bodies run until nothing changes, at most this many times.
const LOOP_ROUNDS: usize = 4;
/// How many tainted-variable entries one round of a file's analysis may copy
/// at branches, loops and cases. Each branch copies the state, so a function
/// of thousands of statements with thousands of tainted variables would
/// otherwise cost their product; past this, branches are no longer entered
/// (their flows are not reported). Counted in entries, not time, so results
/// stay the same from run to run and machine to machine.
const WORK_BUDGET: usize = 4_000_000;

/// What a function does with its parameters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Summary {
    /// Parameters whose taint reaches the return value.
    to_return: BTreeSet<usize>,
    /// Taint from a source inside the function that it returns.
    returns_source: Option<Taint>,
    /// Parameters that reach a sink inside the function, with the sink and
    /// the steps inside.
    /// One path per (parameter, sink): keeping every path would grow
    /// without bound through recursive calls.
    to_sink: BTreeMap<(usize, Span), Vec<Step>>,
    /// Whether the first parameter is the receiver (`self`, `cls`, `this`).
    has_self: bool,
}

/// Lookups by span run for every expression the analysis visits: a fast
/// hash, not a DoS-resistant one (spans come from the file being scanned,
/// and nothing iterates these maps).
type SpanMap<V> = rustc_hash::FxHashMap<Span, V>;

struct Analysis<'a, 't> {
    lang: Language,
    source: &'a str,
    spec: &'a TaintSpec,
    sinks_at: SpanMap<Vec<usize>>,
    sources_at: SpanMap<Vec<usize>>,
    sanitizer_at: SpanMap<()>,
    propagators_at: SpanMap<Vec<usize>>,
    summaries: HashMap<String, Summary>,
    /// The summary of the function being analysed.
    current: Summary,
    /// One flow per (source, sink), the first found.
    flows: BTreeMap<(Span, Span), Flow>,
    /// Variables of the scope being analysed that are written once, with a
    /// value known before the program runs: conditions on them are folded
    /// (see `consts`).
    constants: Constants,
    /// Reads of lists used as short sequences, resolved to what was added.
    lists: std::rc::Rc<crate::lists::ListReads>,
    /// Entries copied in this round (see [`WORK_BUDGET`]).
    work: usize,
    /// What the scopes' pre-passes found: they do not change from one
    /// round of summaries to the next, nor from one analysis of the file to
    /// the next.
    facts: &'a FileFacts<'t>,
    /// C and C++: object-like macros that name a variable (`#define ARG data`),
    /// so that a read of the macro reads the variable.
    macros: HashMap<String, String>,
    /// Variables holding a view of another made by a one-argument call
    /// (`u = urlparse(x)`): a check that proves the view clean proves the
    /// viewed variable clean too (`if u.netloc not in ALLOWED: return`).
    views: HashMap<String, String>,
}

/// The path of the element of `base` under `key`: a key that is a name
/// is a field (`obj["name"]` and `obj.name` are one place in JavaScript).
fn element_of(base: &str, key: &Value) -> String {
    match key {
        Value::Str(k) if !k.is_empty() && k.chars().all(|c| c.is_alphanumeric() || c == '_') => format!("{base}.{k}"),
        _ => format!("{base}[{key:?}]"),
    }
}

fn span(node: Node) -> Span {
    (node.start_byte(), node.end_byte())
}

fn inside(inner: Span, outer: Span) -> bool {
    outer.0 <= inner.0 && inner.1 <= outer.1
}

/// Every flow from a source to a sink in the file under `root`.
pub fn analyze(lang: Language, root: Node, source: &str, spec: &TaintSpec) -> Vec<Flow> {
    analyze_with(lang, root, source, spec, &FileFacts::new())
}

/// Like [`analyze`], with the file's pre-pass results shared with its other
/// analyses through `facts` (built for this tree).
pub fn analyze_with<'t>(
    lang: Language,
    root: Node<'t>,
    source: &str,
    spec: &TaintSpec,
    facts: &FileFacts<'t>,
) -> Vec<Flow> {
    if spec.sources.is_empty() || spec.sinks.is_empty() {
        return Vec::new();
    }
    let mut sinks_at: SpanMap<Vec<usize>> = SpanMap::default();
    for (i, s) in spec.sinks.iter().enumerate() {
        sinks_at.entry(s.span).or_default().push(i);
    }
    let mut sources_at: SpanMap<Vec<usize>> = SpanMap::default();
    for (i, s) in spec.sources.iter().enumerate() {
        sources_at.entry(s.span).or_default().push(i);
    }
    let sanitizer_at = spec.sanitizers.iter().map(|s| (*s, ())).collect();
    let mut propagators_at: SpanMap<Vec<usize>> = SpanMap::default();
    for (i, p) in spec.propagators.iter().enumerate() {
        propagators_at.entry(p.span).or_default().push(i);
    }
    let functions = facts.functions(root);
    let mut macros = HashMap::new();
    if matches!(lang, Language::C | Language::Cpp) {
        for n in PreorderIter::new(root) {
            if n.kind() == "preproc_def" {
                if let (Some(name), Some(value)) = (n.child_by_field_name("name"), n.child_by_field_name("value")) {
                    let value = text(value, source).trim();
                    if !value.is_empty() && value.chars().all(|c| c.is_alphanumeric() || c == '_') {
                        macros.insert(text(name, source).to_string(), value.to_string());
                    }
                }
            }
        }
    }
    let mut a = Analysis {
        lang,
        source,
        spec,
        sinks_at,
        sources_at,
        sanitizer_at,
        propagators_at,
        summaries: HashMap::new(),
        current: Summary::default(),
        flows: BTreeMap::new(),
        constants: Constants::default(),
        lists: Default::default(),
        facts,
        views: HashMap::new(),
        work: 0,
        macros,
    };
    let assigned_in_functions = crate::lower::assigned_in_functions(root, source);
    for _ in 0..SUMMARY_ROUNDS {
        let before = a.summaries.clone();
        // Flows found before the summaries settle may rest on a guess (a
        // helper not yet known to return something clean): only the last
        // round's flows count.
        a.flows.clear();
        a.work = 0;
        let facts = a.scope_facts(root);
        // A field set in one method is not the constant of its declaration
        // in the others.
        let mut root_counts = (*facts.write_counts).clone();
        for name in &assigned_in_functions {
            if let Some(n) = root_counts.get_mut(name) {
                *n += 1;
            }
        }
        a.constants = Constants::for_scope(&root_counts, &Constants::default(), lang);
        a.lists = facts.lists;
        a.exec(root, State::default(), 0);
        for f in functions {
            let summary = a.run_function(*f, &State::default());
            if let Some(name) = function_name(*f, source) {
                // Several definitions of one name: keep what any of them does.
                let entry = a.summaries.entry(name).or_default();
                entry.to_return.extend(summary.to_return);
                for (key, steps) in summary.to_sink {
                    entry.to_sink.entry(key).or_insert(steps);
                }
                entry.returns_source = join_all([entry.returns_source.clone(), summary.returns_source]);
                entry.has_self |= summary.has_self;
            }
        }
        if a.summaries == before {
            break;
        }
    }
    a.flows.into_values().collect()
}

impl<'a, 't> Analysis<'a, 't> {
    fn text(&self, node: Node) -> &'a str {
        text(node, self.source)
    }

    /// A source taint for `node`, when a source matched it (or around it).
    fn source_taint(&self, node: Node) -> Option<Taint> {
        let s = span(node);
        let idx = self.sources_at.get(&s)?;
        let src = idx.iter().map(|&i| &self.spec.sources[i]).find(|src| !src.side_effect_only)?;
        Some(Taint {
            origin: Origin::Source(src.span),
            labels: src.labels.clone(),
            steps: Vec::new(),
            params: BTreeSet::new(),
        })
    }

    /// A source taint for the declaration or assignment statement around
    /// `node` (at most two levels up, never past a block).
    fn statement_source(&self, node: Node) -> Option<Taint> {
        let mut at = Some(node);
        for _ in 0..3 {
            let n = at?;
            if n.kind().contains("block") || is_function(n.kind()) {
                return None;
            }
            if let Some(t) = self.source_taint(n) {
                return Some(t);
            }
            at = n.parent();
        }
        None
    }

    fn sanitized(&self, node: Node) -> bool {
        self.sanitizer_at.contains_key(&span(node))
    }

    /// Analyses one function from `outer` (the state where it is defined,
    /// for closures), its parameters standing for themselves.
    fn run_function(&mut self, f: Node, outer: &State) -> Summary {
        let (params, body) = function_parts(f, self.source);
        let saved = std::mem::take(&mut self.current);
        let saved_constants = std::mem::take(&mut self.constants);
        let facts = self.scope_facts(f);
        self.constants = Constants::for_scope(&facts.write_counts, &saved_constants, self.lang);
        let saved_lists = std::mem::replace(&mut self.lists, facts.lists);
        let saved_views = std::mem::take(&mut self.views);
        let mut state = outer.clone();
        state.unreachable = false;
        for (i, (name, node)) in params.iter().enumerate() {
            // A parameter a source matched (Spring's `@RequestParam`, ...)
            // is tainted; the others stand for the caller's arguments.
            let t = self
                .source_taint(*node)
                .or_else(|| {
                    self.spec.sources.iter().find(|s| inside(span(*node), s.span)).map(|s| Taint {
                        origin: Origin::Source(s.span),
                        labels: s.labels.clone(),
                        steps: Vec::new(),
                        params: BTreeSet::new(),
                    })
                })
                .unwrap_or(Taint {
                    origin: Origin::Param(i),
                    labels: BTreeSet::new(),
                    steps: Vec::new(),
                    params: BTreeSet::from([i]),
                });
            state.assign(name, Some(t));
        }
        self.current.has_self = params.first().is_some_and(|(n, _)| matches!(n.as_str(), "self" | "cls" | "this"));
        if let Some(body) = body {
            // An expression body (`x => x + 1`) is its return value.
            if matches!(classify(body), Stmt::Expr(_)) && !body.kind().contains("block") {
                let t = self.eval(body, &mut state, 0);
                self.returned(t);
            } else {
                self.exec(body, state, 0);
            }
        }
        self.constants = saved_constants;
        self.lists = saved_lists;
        self.views = saved_views;
        std::mem::replace(&mut self.current, saved)
    }

    fn returned(&mut self, t: Option<Taint>) {
        let Some(t) = t else { return };
        self.current.to_return.extend(t.params.iter().copied());
        if let Origin::Source(_) = t.origin {
            self.current.returns_source = join_all([self.current.returns_source.clone(), Some(t)]);
        }
    }

    /// Records that `t` reached the sinks at `node`'s span.
    fn check_sinks(&mut self, node: Node, t: &Option<Taint>) {
        let Some(t) = t else { return };
        let s = span(node);
        let Some(indices) = self.sinks_at.get(&s).cloned() else { return };
        for i in indices {
            let sink = &self.spec.sinks[i];
            self.reach_sink(t, sink.span, sink.requires.as_ref());
        }
    }

    fn reach_sink(&mut self, t: &Taint, sink: Span, requires: Option<&crate::spec::LabelExpr>) {
        match &t.origin {
            Origin::Source(src) => {
                let labels =
                    if t.labels.is_empty() { BTreeSet::from(["__default".to_string()]) } else { t.labels.clone() };
                if requires.is_none_or(|r| r.holds(&labels) || (t.labels.is_empty() && r.holds(&BTreeSet::new()))) {
                    self.flows.entry((*src, sink)).or_insert(Flow {
                        source: *src,
                        steps: t.steps.clone(),
                        sink,
                        labels: t.labels.iter().cloned().collect(),
                    });
                }
            }
            Origin::Param(_) => {}
        }
        for i in &t.params {
            self.current.to_sink.entry((*i, sink)).or_insert_with(|| t.steps.clone());
        }
    }

    /// Interprets a statement.
    fn exec(&mut self, node: Node, mut state: State, depth: usize) -> State {
        if state.unreachable || depth > MAX_DEPTH {
            return state;
        }
        match classify(node) {
            Stmt::Block(children) => {
                for child in children {
                    state = self.exec(child, state, depth + 1);
                }
                state
            }
            Stmt::Function => {
                // Closures see the variables of where they are defined.
                self.run_function_nested(node, &state);
                state
            }
            Stmt::Assign { lhs, rhs, augmented } => {
                self.assign(node, lhs, rhs, augmented, &mut state, depth);
                state
            }
            Stmt::If { cond, then, alternatives } => {
                // Go's `if x := f(); cond`: the initialiser runs first.
                if let Some(init) = node.child_by_field("initializer") {
                    state = self.exec(init, state, depth + 1);
                }
                let proven = cond.map(|c| self.proven(c)).unwrap_or_default();
                if let Some(c) = cond {
                    let t = self.eval(c, &mut state, depth + 1);
                    self.check_sinks(c, &t);
                }
                if !self.afford(&state, 2) {
                    return state;
                }
                let mut positive = state.clone();
                let mut negative = state.clone();
                for p in &proven.when_true {
                    positive.assign(p, None);
                    if let Some(viewed) = self.viewed(p) {
                        positive.assign(&viewed, None);
                    }
                }
                for p in &proven.when_false {
                    negative.assign(p, None);
                    if let Some(viewed) = self.viewed(p) {
                        negative.assign(&viewed, None);
                    }
                }
                // A condition known before the program runs takes one branch.
                let known = cond.and_then(|c| self.constants.fold_bool(c, self.source));
                if known == Some(true) {
                    return match then {
                        Some(t) => self.exec(t, positive, depth + 1),
                        None => positive,
                    };
                }
                let mut out = match then {
                    Some(_) if known == Some(false) => State::dead(),
                    Some(t) => self.exec(t, positive, depth + 1),
                    None => positive,
                };
                let has_else = alternatives.iter().any(|a| {
                    matches!(a.kind(), "else_clause" | "else" | "block" | "statement_block" | "compound_statement")
                });
                for alt in &alternatives {
                    let branch = self.exec(*alt, negative.clone(), depth + 1);
                    out = out.merge(&branch);
                }
                if !has_else {
                    out = out.merge(&negative);
                }
                out
            }
            Stmt::Loop { binding, cond, body } => {
                if let Some(c) = cond {
                    let t = self.eval(c, &mut state, depth + 1);
                    self.check_sinks(c, &t);
                }
                if let Some((var, iterable)) = binding {
                    let t = self.eval(iterable, &mut state, depth + 1);
                    let t = t.map(|t| t.with_step(span(var), "loop variable"));
                    let mut names = Vec::new();
                    targets(var, self.source, &mut names);
                    for (name, _) in names {
                        state.assign(&name, t.clone());
                    }
                }
                let Some(body) = body else { return state };
                let mut current = state;
                for _ in 0..LOOP_ROUNDS {
                    if !self.afford(&current, 1) {
                        break;
                    }
                    let after = self.exec(body, current.clone(), depth + 1);
                    let next = current.merge(&after);
                    if next == current {
                        break;
                    }
                    current = next;
                }
                current
            }
            Stmt::Return(expr) => {
                if let Some(e) = expr {
                    let t = self.eval(e, &mut state, depth + 1);
                    self.check_sinks(node, &t);
                    self.returned(t);
                }
                State::dead()
            }
            Stmt::Raise(expr) => {
                if let Some(e) = expr {
                    let t = self.eval(e, &mut state, depth + 1);
                    self.check_sinks(node, &t);
                }
                State::dead()
            }
            Stmt::Switch { subject, cases } => {
                if let Some(subject) = subject {
                    let t = self.eval(subject, &mut state, depth + 1);
                    self.check_sinks(subject, &t);
                }
                // On a subject known before the program runs, only the case
                // it selects runs.
                if let Some(first) = subject.and_then(|s| self.constants.selected_case(s, &cases, self.source)) {
                    let mut state = state;
                    for case in &cases[first..] {
                        state = self.exec_children(*case, state, depth + 1);
                        if !crate::lower::falls_through(*case) {
                            break;
                        }
                    }
                    return state;
                }
                // Each case runs from the state before the switch; without a
                // default, no case may run at all.
                if !self.afford(&state, cases.len() + 1) {
                    return state;
                }
                let has_default = cases.iter().any(|c| self.text(*c).trim_start().starts_with("default"));
                let mut out = if has_default { State::dead() } else { state.clone() };
                for case in cases {
                    let after = self.exec_children(case, state.clone(), depth + 1);
                    out = out.merge(&after);
                }
                out
            }
            Stmt::Try { body, handlers, finally } => {
                let entry = state.clone();
                for child in body {
                    state = self.exec(child, state, depth + 1);
                }
                // An exception can leave the body anywhere, so a handler
                // starts from the state before the body or after it; a
                // handler that returns does not end the normal path.
                let thrown = entry.merge(&state);
                if !self.afford(&thrown, handlers.len() + 1) {
                    return state;
                }
                let mut out = state;
                for handler in handlers {
                    let after = self.exec(handler, thrown.clone(), depth + 1);
                    out = out.merge(&after);
                }
                match finally {
                    // `finally` also runs when every path returned or threw.
                    Some(f) if out.unreachable => {
                        self.exec(f, thrown, depth + 1);
                        State::dead()
                    }
                    Some(f) => self.exec(f, out, depth + 1),
                    None => out,
                }
            }
            Stmt::Expr(e) => {
                let t = self.eval(e, &mut state, depth + 1);
                self.check_sinks(e, &t);
                if crate::lower::ends_the_program(e, self.source) {
                    return State::dead();
                }
                state
            }
        }
    }

    /// Runs a node's named children in order (a `case` body).
    fn exec_children(&mut self, node: Node, mut state: State, depth: usize) -> State {
        let mut c = node.walk();
        let children: Vec<Node> = node.named_children(&mut c).collect();
        for child in children {
            state = self.exec(child, state, depth + 1);
        }
        state
    }

    fn run_function_nested(&mut self, f: Node, outer: &State) {
        // A nested function's own summary is computed at the top level; here
        // only the flows it adds through captured variables matter.
        let saved = std::mem::take(&mut self.current);
        self.run_function(f, outer);
        self.current = saved;
    }

    /// The paths a branch condition proves clean on each side.
    /// The variable that `path` (or the variable it starts with) is a view of.
    fn viewed(&self, path: &str) -> Option<String> {
        let base = path.split(['.', '[']).next()?;
        self.views.get(base).cloned()
    }

    /// Records whether `name`, just assigned `rhs`, is a view of another
    /// variable: the result of a call with that variable as its only argument.
    fn note_view(&mut self, name: &str, rhs: Option<Node>) {
        let viewed = rhs
            .and_then(|r| crate::lower::as_call(r, self.source))
            .filter(|call| call.args.len() == 1)
            .and_then(|call| call.args.first().copied())
            .filter(|arg| is_name_kind(arg.kind()))
            .map(|arg| self.text(arg).to_string());
        // Views of the variable's old value no longer say anything about it.
        self.views.retain(|_, v| v != name);
        match viewed {
            Some(v) if v != name => {
                self.views.insert(name.to_string(), v);
            }
            _ => {
                self.views.remove(name);
            }
        }
    }

    fn proven(&self, cond: Node) -> crate::guards::Proven {
        let checks = crate::guards::Checks {
            accepting: &self.spec.sanitizers,
            rejecting: &self.spec.rejecting_checks,
            source: self.source,
        };
        checks.proven(cond)
    }

    /// Charges `copies` copies of `state` to the round's budget; false once
    /// it is spent.
    fn afford(&mut self, state: &State, copies: usize) -> bool {
        self.work = self.work.saturating_add(state.vars.len().max(1).saturating_mul(copies));
        self.work <= WORK_BUDGET
    }

    /// The pre-passes' results for a scope, computed once.
    fn scope_facts(&self, scope: Node) -> ScopeFacts {
        self.facts.scope(scope, self.source)
    }

    /// A read of a list used as a short sequence: the taint of the value it
    /// returns (`Some(None)` for a clean one), or `None` if `node` is not one.
    fn list_read(&self, node: Node, state: &State) -> Option<Option<Taint>> {
        let add = self.lists.reads.get(&span(node))?;
        let element = self.lists.adds.get(add)?;
        Some(state.lookup(element).cloned())
    }

    /// `d["k"]` with an index known before run time: the container's path
    /// and the element's.
    fn element_path(&self, node: Node) -> Option<(String, String)> {
        let (object, index) = crate::lower::subscript_parts(node)?;
        let base = path_of(object, self.source)?;
        let key = fold(index, self.source, &self.constants.values, true)?;
        let element = element_of(&base, &key);
        Some((base, element))
    }

    fn assign(&mut self, node: Node, lhs: Node, rhs: Option<Node>, augmented: bool, state: &mut State, depth: usize) {
        let value = match rhs {
            Some(r) => {
                let t = self.eval(r, state, depth + 1);
                self.check_sinks(r, &t);
                t
            }
            None => None,
        };
        // A source that matched the whole statement (`var $D = new XmlDocument();`)
        // taints the value it assigns, as Semgrep's ranges do.
        let value = value.or_else(|| self.statement_source(node));
        // `d["k"] = v`: the element under that key, and not the others.
        if !augmented {
            if let Some((_, element)) = self.element_path(lhs) {
                self.check_sinks(lhs, &value);
                self.check_sinks(node, &value);
                let t = value.as_ref().map(|t| t.with_step(span(lhs), "stored under a known key"));
                state.assign(&element, t);
                self.clean_sanitized_targets(lhs, state);
                return;
            }
        }
        let mut names = Vec::new();
        targets(lhs, self.source, &mut names);
        // The left side may itself hold sinks (`el.innerHTML = x`).
        self.check_sinks(lhs, &value);
        self.check_sinks(node, &value);
        for (name, weak) in names {
            let t = value.as_ref().map(|t| t.with_step(span(lhs), &format!("assigned to `{name}`")));
            if augmented {
                let old = state.lookup(&name).cloned();
                state.assign(&name, join_all([old, t]));
            } else if weak {
                if let Some(t) = t {
                    state.taint_weakly(&name, t.clone());
                    // The container of a field or element is tainted too.
                    if let Some(base) = name.split(['.', '[']).next() {
                        if base != name {
                            state.taint_weakly(base, t);
                        }
                    }
                }
            } else {
                self.note_view(&name, rhs);
                state.assign(&name, t);
                if let Some(r) = rhs {
                    self.constants.record(&name, r, self.source);
                }
            }
        }
        self.clean_sanitized_targets(lhs, state);
    }

    /// A sanitizer matched in an assignment's target (`buf[0] = '\0'` for a
    /// rule where that write initialises `buf`): that variable is clean from
    /// here on.
    fn clean_sanitized_targets(&self, lhs: Node, state: &mut State) {
        if self.sanitizer_at.is_empty() {
            return;
        }
        for n in PreorderIter::new(lhs) {
            if self.sanitized(n) {
                if let Some(p) = path_of(n, self.source) {
                    state.assign(&p, None);
                }
            }
        }
    }

    /// The taint of an expression's value; evaluates nested assignments,
    /// calls' side effects and sinks on the way.
    fn eval(&mut self, node: Node, state: &mut State, depth: usize) -> Option<Taint> {
        if depth > MAX_DEPTH {
            return None;
        }
        let t = self.eval_inner(node, state, depth);
        let t = if self.sanitized(node) {
            // A sanitizer on a variable by itself cleans it from here on.
            if let Some(p) = path_of(node, self.source) {
                state.assign(&p, None);
            }
            None
        } else {
            t
        };
        if let Some(idx) = self.sources_at.get(&span(node)).cloned() {
            for i in idx {
                let src = &self.spec.sources[i];
                if src.by_side_effect {
                    if let Some(p) = written_path(node, self.source) {
                        let t = Taint {
                            origin: Origin::Source(src.span),
                            labels: src.labels.clone(),
                            steps: Vec::new(),
                            params: BTreeSet::new(),
                        };
                        state.taint_weakly(&p, t);
                    }
                }
            }
        }
        self.apply_propagators(node, state, depth);
        self.check_sinks(node, &t);
        t
    }

    fn apply_propagators(&mut self, node: Node, state: &mut State, depth: usize) {
        let Some(indices) = self.propagators_at.get(&span(node)).cloned() else { return };
        for i in indices {
            let p = self.spec.propagators[i].clone();
            let from = PreorderIter::new(node).find(|n| span(*n) == p.from);
            let to = PreorderIter::new(node).find(|n| span(*n) == p.to);
            if let (Some(from), Some(to)) = (from, to) {
                if let Some(t) = self.eval(from, state, depth + 1) {
                    if let Some(path) = written_path(to, self.source) {
                        state.taint_weakly(&path, t.with_step(p.to, "propagated"));
                    }
                }
            }
        }
    }

    fn eval_inner(&mut self, node: Node, state: &mut State, depth: usize) -> Option<Taint> {
        if self.sanitized(node) {
            return None;
        }
        if let Some(t) = self.source_taint(node) {
            // Still evaluate inside, for nested sinks and side effects.
            self.eval_children(node, state, depth);
            return Some(t);
        }
        let kind = node.kind();
        if is_function(kind) {
            self.run_function_nested(node, state);
            return None;
        }
        if let Some((cond, yes, no)) = crate::lower::conditional_parts(node) {
            match self.constants.fold_bool(cond, self.source) {
                Some(true) => return self.eval(yes, state, depth + 1),
                Some(false) => return self.eval(no, state, depth + 1),
                None => {}
            }
        }
        if crate::lower::is_assignment(kind) {
            if let Some((lhs, rhs, augmented)) = crate::lower::assignment_parts(node) {
                self.assign(node, lhs, rhs, augmented, state, depth);
                let mut names = Vec::new();
                targets(lhs, self.source, &mut names);
                return names.first().and_then(|(n, _)| state.lookup(n).cloned());
            }
        }
        if let Some(read) = self.list_read(node, state) {
            self.eval_children(node, state, depth);
            return read;
        }
        // `d["k"]` of a container whose keys were written here.
        if let Some((base, element)) = self.element_path(node) {
            if state.has_elements(&base) {
                self.eval_children(node, state, depth);
                return state.lookup(&element).cloned();
            }
        }
        if let Some(p) = path_of(node, self.source) {
            if let Some(t) = state.lookup_with_elements(&p) {
                if is_name_kind(kind) {
                    return Some(t);
                }
                // `req.body.dir` where `req` is a parameter: a source inside
                // (`req.body`) says more than the parameter does.
                let inner = self.eval_children(node, state, depth);
                return join_all([Some(t), inner]);
            }
            if is_name_kind(kind) {
                // `#define ARG data`: the macro stands for the variable.
                return self.macros.get(&p).and_then(|v| state.lookup_with_elements(v));
            }
            // A field of an object whose fields are tracked one by one
            // (`opts["cmd"] = ...` then `opts.dir`): the other fields are not
            // its value.
            if crate::lower::is_field_access(kind) {
                let object = p.rsplit_once('.').map(|(o, _)| o).unwrap_or(&p);
                if state.has_elements(object) && state.lookup(object).is_none() {
                    return None;
                }
            }
        }
        if node.named_child_count() == 0 {
            return None;
        }
        if let Some(call) = as_call(node, self.source) {
            return self.eval_call(node, call, state, depth);
        }
        self.eval_children(node, state, depth)
    }

    fn eval_children(&mut self, node: Node, state: &mut State, depth: usize) -> Option<Taint> {
        let mut c = node.walk();
        let children: Vec<Node> = node.named_children(&mut c).filter(|n| !n.is_extra()).collect();
        let mut result = None;
        for child in children {
            let t = self.eval(child, state, depth + 1);
            result = join_all([result, t]);
        }
        result
    }

    fn eval_call(&mut self, node: Node, call: crate::lower::Call, state: &mut State, depth: usize) -> Option<Taint> {
        let mut receiver_taint = call.receiver.and_then(|r| self.eval(r, state, depth + 1));
        // The callee itself may be a source (`request.get_json()` when the
        // source is `request.$ATTR`).
        if let Some(f) = node.child_by_field("function").or_else(|| node.child_by_field("name")) {
            if let Some(t) = self.source_taint(f) {
                receiver_taint = join_all([receiver_taint, Some(t)]);
            }
        }
        let arg_taints: Vec<Option<Taint>> = call.args.iter().map(|a| self.eval(*a, state, depth + 1)).collect();
        // Evaluate the callee expression too (it may hold nested calls).
        if let Some(f) = node.child_by_field("function") {
            if call.receiver.is_none() && !is_name_kind(f.kind()) {
                self.eval(f, state, depth + 1);
            }
        }
        let name = call.name.clone().unwrap_or_default();
        let step = |t: &Taint| t.with_step(span(node), &format!("passed to `{name}`"));
        // A list used as a short sequence (see `lists`).
        if let Some(element) = self.lists.adds.get(&span(node)).cloned() {
            let t = join_all(arg_taints.iter().cloned()).map(|t| t.with_step(span(node), "added to a list"));
            state.assign(&element, t);
            return None;
        }
        if let Some(read) = self.list_read(node, state) {
            return read.map(|t| step(&t));
        }
        if let Some(summary) = self.summaries.get(&name).cloned() {
            let offset = usize::from(summary.has_self && call.receiver.is_some());
            let param_taint = |i: usize| -> Option<Taint> {
                if offset == 1 && i == 0 {
                    return receiver_taint.clone();
                }
                arg_taints.get(i - offset.min(i)).cloned().flatten()
            };
            for ((i, sink), steps) in &summary.to_sink {
                if let Some(t) = param_taint(*i) {
                    let mut t = step(&t);
                    t.steps.extend(steps.iter().cloned());
                    let requires = self.spec.sinks.iter().find(|s| s.span == *sink).and_then(|s| s.requires.clone());
                    self.reach_sink(&t, *sink, requires.as_ref());
                }
            }
            let from_params = summary.to_return.iter().map(|i| param_taint(*i).map(|t| step(&t)));
            return join_all(from_params.chain([summary.returns_source.clone()]));
        }
        // `map.put("keyB", param)` then `map.get("keyA")`: with a key known
        // before run time, each key is its own element.
        if let Some(recv_path) = call.receiver.and_then(|r| path_of(r, self.source)) {
            let key = call.args.first().and_then(|k| fold(*k, self.source, &self.constants.values, true));
            if let Some(key) = key {
                let element = element_of(&recv_path, &key);
                match (name.as_str(), call.args.len()) {
                    ("put" | "set" | "setProperty" | "setAttribute" | "__setitem__", 2) => {
                        let t = arg_taints[1].clone().map(|t| t.with_step(span(node), &format!("stored by `{name}`")));
                        state.assign(&element, t);
                        return None;
                    }
                    // Only for a container whose keys were written here: any
                    // other (`request.args.get("q")`) is read as a whole.
                    // configparser's `set(section, key, value)` and
                    // `get(section, key)`: the section and the key together.
                    ("set", 3) => {
                        let second = fold(call.args[1], self.source, &self.constants.values, true);
                        if let Some(second) = second {
                            let element = element_of(&element, &second);
                            let t = arg_taints[2].clone().map(|t| t.with_step(span(node), "stored by `set`"));
                            state.assign(&element, t);
                            return None;
                        }
                    }
                    ("get", 2) if state.has_elements(&element) => {
                        let second = fold(call.args[1], self.source, &self.constants.values, true);
                        if let Some(second) = second {
                            let stored = state.lookup(&element_of(&element, &second)).cloned();
                            return stored.map(|t| step(&t));
                        }
                    }
                    ("get" | "getOrDefault" | "getProperty" | "getAttribute" | "__getitem__", 1 | 2)
                        if state.has_elements(&recv_path) =>
                    {
                        let stored = state.lookup(&element).cloned();
                        let default = arg_taints.get(1).cloned().flatten();
                        return join_all([stored, default]).map(|t| step(&t));
                    }
                    _ => {}
                }
            }
        }
        if is_mutator(&name) {
            if let Some(mut recv) = call.receiver {
                // `sb.append(a).append(t)`: the builder at the root of the chain.
                while let Some(inner) = as_call(recv, self.source).and_then(|c| c.receiver) {
                    recv = inner;
                }
                if let Some(path) = path_of(recv, self.source) {
                    if let Some(t) = join_all(arg_taints.iter().cloned()) {
                        state.taint_weakly(&path, t.with_step(span(node), &format!("stored by `{name}`")));
                    }
                }
            }
        }
        if crate::lower::returns_clean_value(&name) {
            return None;
        }
        // By default a call's result carries its arguments' and receiver's
        // taint: most functions transform their input.
        join_all(arg_taints.into_iter().chain([receiver_taint])).map(|t| step(&t))
    }
}

/// The constants of one scope (see [`crate::consts`]): which variables are
/// written exactly once there, and the values of those whose write was a
/// foldable expression, recorded when the write is interpreted.
#[derive(Debug, Default)]
struct Constants {
    written_once: HashSet<String>,
    values: BTreeMap<String, Value>,
    /// Whether the language's `/` on integers truncates.
    integer_division: bool,
}

impl Constants {
    /// The constants of `scope` (a function, or the file's top level);
    /// a closure also sees those of the scope around it that it does not
    /// write itself.
    fn for_scope(counts: &HashMap<String, usize>, outer: &Constants, lang: Language) -> Constants {
        let written_once = counts.iter().filter(|(_, n)| **n == 1).map(|(k, _)| k.clone()).collect();
        let values = outer
            .values
            .iter()
            .filter(|(k, _)| !counts.contains_key(*k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let integer_division = matches!(
            lang,
            Language::C | Language::Cpp | Language::CSharp | Language::Go | Language::Java | Language::Rust
        );
        Constants { written_once, values, integer_division }
    }

    fn record(&mut self, name: &str, rhs: Node, source: &str) {
        if self.written_once.contains(name) {
            if let Some(v) = fold(rhs, source, &self.values, self.integer_division) {
                self.values.insert(name.to_string(), v);
            }
        }
    }

    fn fold_bool(&self, cond: Node, source: &str) -> Option<bool> {
        match fold(cond, source, &self.values, self.integer_division)? {
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }

    /// The index of the case a switch on `subject` runs, when the subject
    /// and the labels are known: the case whose label equals the subject,
    /// else the default one.
    fn selected_case(&self, subject: Node, cases: &[Node], source: &str) -> Option<usize> {
        let value = fold(subject, source, &self.values, self.integer_division)?;
        let mut default = None;
        for (i, case) in cases.iter().enumerate() {
            match crate::lower::case_labels(*case) {
                crate::lower::CaseLabels::Default => default = Some(i),
                crate::lower::CaseLabels::Unknown => return None,
                crate::lower::CaseLabels::Labels(labels) => {
                    for label in labels {
                        if fold(label, source, &self.values, self.integer_division)? == value {
                            return Some(i);
                        }
                    }
                }
            }
        }
        default
    }
}

//! Matching a compiled pattern against a syntax tree.
//!
//! The matcher backtracks in continuation-passing style: each step calls a
//! continuation with the bindings so far, and a step with several ways to
//! match (an ellipsis, a sequence metavariable) tries each in turn. This
//! enumerates every way a pattern matches, as Semgrep does, which
//! `metavariable-regex` and friends need (`f(..., $X, ...)` matches once
//! per argument).

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;
use std::sync::Arc;

use vigil_lang::tree_sitter::Node;
use vigil_lang::FieldLookup;
use vigil_lang::{significant_children, KindTable, PreorderIter};

use crate::compile::{has_interpolation, is_string_kind, string_content};
use crate::context::{compact, is_dotted_name, MatchContext};
use crate::pnode::{PNode, Pattern, PatternRoot};

/// What a metavariable is bound to: a range of the target text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Binding {
    pub start: usize,
    pub end: usize,
}

/// Metavariable bindings of one match, by name (without `$`), sorted.
pub type Bindings = Vec<(Arc<str>, Binding)>;

/// One match: the byte range of the matched code and its bindings.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub bindings: Bindings,
}

/// Upper bound on matches of one pattern in one file, and on work spent on a
/// single candidate node, so an adversarial file cannot make matching
/// quadratic without end.
const MAX_MATCHES: usize = 10_000;
const MAX_STEPS_PER_CANDIDATE: usize = 100_000;
/// Nested `node`/`seq` calls allowed; well within a 2 MiB thread stack.
const MAX_RECURSION: usize = 1_000;

/// The significant children of a file's nodes, computed once per node for
/// every pattern run on the file: rebuilding them through a tree cursor on
/// every visit was a third of matching. One cache serves one tree only.
#[derive(Default)]
pub struct ChildCache<'t> {
    map: RefCell<HashMap<usize, Rc<Children<'t>>, BuildHasherDefault<NodeIdHasher>>>,
    /// The grammar's node kind names by kind id (see [`KindTable`]).
    kinds: OnceCell<Rc<KindTable>>,
}

struct Children<'t> {
    nodes: Vec<Node<'t>>,
    /// Whether any child is of a kind patterns may leave out.
    optional: bool,
}

/// Node ids are addresses: multiplying spreads them over the table well
/// enough, at a fraction of SipHash's cost.
#[derive(Default)]
struct NodeIdHasher(u64);

impl Hasher for NodeIdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

impl<'t> ChildCache<'t> {
    pub fn new() -> Self {
        ChildCache::default()
    }

    /// The kind of `node`, as [`Node::kind`] gives it.
    fn kind(&self, node: Node<'t>) -> &str {
        let name = self.kinds.get_or_init(|| KindTable::of(node)).name(node);
        debug_assert_eq!(name, node.kind());
        name
    }

    fn get(&self, node: Node<'t>) -> Rc<Children<'t>> {
        if let Some(children) = self.map.borrow().get(&node.id()) {
            return children.clone();
        }
        let mut nodes = Vec::new();
        significant_children(node, &mut nodes);
        if nodes.iter().any(|n| is_conditional_compilation(n.kind())) {
            nodes = inline_conditional_compilation(&nodes);
        }
        let optional = nodes.iter().any(|c| OPTIONAL_KINDS.contains(&self.kind(*c)));
        let children = Rc::new(Children { nodes, optional });
        self.map.borrow_mut().insert(node.id(), children.clone());
        children
    }
}

struct Matcher<'s, 't> {
    source: &'s str,
    depth: Cell<usize>,
    ctx: &'s MatchContext,
    children: &'s ChildCache<'t>,
    // A Cell so that continuations can share the matcher while it runs.
    steps: Cell<usize>,
    /// While a sequence runs over nested statements too: that list's address
    /// and the ids of the nested ones, sorted. Only the sequence's last
    /// statement may match a nested one, so that `free(p); ... return; ...
    /// free(p);` still means a `return` at the first `free`'s level; and not
    /// as a bare `$S`, which already matches the statement holding it (one
    /// finding per use, not one per level).
    nested_statements: RefCell<(usize, Vec<usize>)>,
}

type Env = Vec<(Arc<str>, Binding)>;

impl Pattern {
    /// Every match of the pattern in the tree under `root`, whose text is
    /// `source`. Ordered by position; identical matches are reported once.
    pub fn find_all(&self, root: Node, source: &str) -> Vec<Match> {
        self.find_all_filtered(root, source, |_| true)
    }

    /// Like [`Pattern::find_all`], trying only nodes for which `candidate`
    /// holds (the caller's node-kind dispatch).
    pub fn find_all_filtered(&self, root: Node, source: &str, candidate: impl Fn(Node) -> bool) -> Vec<Match> {
        self.find_at(PreorderIter::new(root).filter(|n| candidate(*n)), source)
    }

    /// Matches the pattern rooted at each of `nodes` (which the caller may
    /// have pre-selected by [`Pattern::root_kind`]). Ordered by position;
    /// identical matches are reported once.
    pub fn find_at<'t>(&self, nodes: impl IntoIterator<Item = Node<'t>>, source: &str) -> Vec<Match> {
        self.find_at_in(nodes, source, &MatchContext::default())
    }

    /// Like [`Pattern::find_at`], resolving names and constants through the
    /// file's [`MatchContext`].
    pub fn find_at_in<'t>(
        &self,
        nodes: impl IntoIterator<Item = Node<'t>>,
        source: &str,
        ctx: &MatchContext,
    ) -> Vec<Match> {
        self.find_at_cached(nodes, source, ctx, &ChildCache::new())
    }

    /// Like [`Pattern::find_at_in`], sharing the children of the tree's
    /// nodes with the other patterns run on it through `children`.
    pub fn find_at_cached<'t>(
        &self,
        nodes: impl IntoIterator<Item = Node<'t>>,
        source: &str,
        ctx: &MatchContext,
        children: &ChildCache<'t>,
    ) -> Vec<Match> {
        let matcher = Matcher {
            source,
            ctx,
            children,
            steps: Cell::new(0),
            depth: Cell::new(0),
            nested_statements: RefCell::new((0, Vec::new())),
        };
        let mut out: Vec<Match> = Vec::new();
        let root_kinds = self.root_kinds();
        let mut env: Env = Vec::new();
        for node in nodes {
            if out.len() >= MAX_MATCHES {
                break;
            }
            if !node.is_named() && root_kinds.is_none() {
                continue;
            }
            if let Some(kinds) = &root_kinds {
                if !kinds.contains(&matcher.children.kind(node)) {
                    continue;
                }
            }
            matcher.steps.set(0);
            match &self.root {
                PatternRoot::Node(p) => {
                    if matches!(p, PNode::MetaVar(_) | PNode::Ellipsis)
                        && matcher.children.kind(node).contains("comment")
                    {
                        continue;
                    }
                    matcher.node(p, node, &mut env, &mut |env| {
                        out.push(Match { start: node.start_byte(), end: node.end_byte(), bindings: sorted(env) });
                        false
                    });
                }
                PatternRoot::Sequence(ps) => {
                    let children = matcher.children.get(node);
                    let kids = &children.nodes;
                    // After a `...`, the last statement may also be nested in a
                    // later statement's body (`char b[9]; ... if (n) { memcpy(b, ...); }`),
                    // as in Semgrep: the sequence is then matched against
                    // the statements in execution order, nested ones after
                    // the statement that holds them.
                    let deep = ps.len() > 2 && ps[1..ps.len() - 1].iter().any(|p| matches!(p, PNode::Ellipsis));
                    let mut flat: Option<(Vec<Node>, Vec<usize>)> = None;
                    for i in 0..kids.len() {
                        matcher.steps.set(0);
                        let mut found = false;
                        matcher.seq(ps, kids, i, &mut env, &mut |env, end| {
                            if end > i {
                                found = true;
                                out.push(Match {
                                    start: kids[i].start_byte(),
                                    end: kids[end - 1].end_byte(),
                                    bindings: sorted(env),
                                });
                            }
                            false
                        });
                        if !deep || matches!(ps[0], PNode::Ellipsis | PNode::MetaSeq(_)) {
                            continue;
                        }
                        // Only where the first statement matches at all.
                        matcher.steps.set(0);
                        if !found && !matcher.node(&ps[0], kids[i], &mut env, &mut |_| true) {
                            continue;
                        }
                        let (statements, at) = flat.get_or_insert_with(|| statements_in_order(kids));
                        if statements.len() == kids.len() {
                            continue;
                        }
                        let start = at[i];
                        matcher.steps.set(0);
                        if matcher.nested_statements.borrow().1.is_empty() {
                            let mut own: Vec<usize> = kids.iter().map(|n| n.id()).collect();
                            own.sort_unstable();
                            let mut ids: Vec<usize> =
                                statements.iter().map(|n| n.id()).filter(|id| own.binary_search(id).is_err()).collect();
                            ids.sort_unstable();
                            matcher.nested_statements.borrow_mut().1 = ids;
                        }
                        matcher.nested_statements.borrow_mut().0 = statements.as_ptr() as usize;
                        matcher.seq(ps, statements, start, &mut env, &mut |env, end| {
                            if end > start {
                                out.push(Match {
                                    start: statements[start].start_byte(),
                                    end: statements[end - 1].end_byte().max(statements[start].end_byte()),
                                    bindings: sorted(env),
                                });
                            }
                            false
                        });
                        matcher.nested_statements.borrow_mut().0 = 0;
                    }
                    matcher.nested_statements.borrow_mut().1.clear();
                }
            }
        }
        out.sort();
        out.dedup();
        out
    }
}

/// `java.lang.String` and `String` are the same type; `const` and case do
/// not matter for this purpose.
fn normalize_type(ty: &str) -> String {
    let compact: String = ty.chars().filter(|c| !c.is_whitespace()).collect();
    let compact = compact.strip_prefix("const").unwrap_or(&compact);
    let last = compact.rsplit(['.', ':']).next().unwrap_or(compact);
    last.to_ascii_lowercase()
}

fn is_quoted(s: &str) -> bool {
    let s = s.trim();
    s.len() >= 2 && (s.starts_with(['"', '\'', '`']) && s.ends_with(['"', '\'', '`']))
}

/// Children a pattern may leave out: `public`, `@Override`, `throws E`,
/// `async`, decorators.
const OPTIONAL_KINDS: &[&str] = &[
    "else_clause",
    "modifiers",
    "modifier",
    "throws",
    "decorator",
    "annotation",
    "marker_annotation",
    "attribute_list",
    "async",
    "visibility_modifier",
    "static",
    "final",
];

/// Of those, the ones that form a set rather than a sequence: a pattern's
/// modifiers and attributes match the target's in any order.
pub(crate) const UNORDERED_KINDS: &[&str] = &[
    "modifiers",
    "modifier",
    "decorator",
    "annotation",
    "marker_annotation",
    "attribute_list",
    "visibility_modifier",
    "static",
    "final",
    "jsx_attribute",
];

fn is_unordered(p: &PNode) -> bool {
    matches!(p, PNode::Node { kind, .. } | PNode::Leaf { kind, .. } if UNORDERED_KINDS.contains(&&**kind))
}

/// What follows the class in a construction: arguments, an initializer.
fn is_construction_detail(kind: &str) -> bool {
    matches!(kind, "argument_list" | "initializer_expression" | "class_body")
}

/// Nodes whose children are modifiers or attributes, in any order.
fn is_modifier_list(kind: &str) -> bool {
    matches!(kind, "modifiers" | "attribute_list")
}

/// Kinds a pattern node of `kind` also matches because they have the same
/// children: a C# method pattern, which parses as a local function inside
/// the body wrapper, matches methods.
pub(crate) fn equivalent_kinds(kind: &str) -> &'static [&'static str] {
    match kind {
        "local_function_statement" => &["method_declaration"],
        // Java's `$F(...) {...}` parses as a constructor; Semgrep reads it
        // as a method whose return type is left out.
        "constructor_declaration" => &["method_declaration"],
        "constructor_body" => &["block"],
        _ => &[],
    }
}

fn is_assignment_kind(kind: &str) -> bool {
    matches!(kind, "assignment" | "assignment_expression" | "assignment_statement")
}

/// `$S;`: a metavariable written as a statement.
fn is_bare_statement_metavariable(p: &PNode) -> bool {
    matches!(p, PNode::Node { kind, children } if &**kind == "expression_statement"
        && matches!(children.as_slice(), [PNode::MetaVar(_)]))
}

/// The statements of `kids` and those nested in their bodies, each nested
/// one after the statement holding it, not entering nested functions; and
/// where each of `kids` is in that list.
fn statements_in_order<'t>(kids: &[Node<'t>]) -> (Vec<Node<'t>>, Vec<usize>) {
    fn nested<'t>(node: Node<'t>, out: &mut Vec<Node<'t>>, depth: usize) {
        if depth > MAX_RECURSION || out.len() > MAX_FLAT_STATEMENTS {
            return;
        }
        let in_body = is_statement_list(node.kind());
        let mut cursor = node.walk();
        for child in node.named_children(&mut cursor) {
            let kind = child.kind();
            if vigil_lang::is_function_kind(kind) || kind.contains("comment") || child.is_extra() {
                continue;
            }
            if (in_body || kind.ends_with("statement")) && !is_statement_list(kind) {
                out.push(child);
            }
            if child.named_child_count() > 0 && !holds_no_statements(kind) {
                nested(child, out, depth + 1);
            }
        }
    }
    let mut out = Vec::with_capacity(kids.len());
    let mut at = Vec::with_capacity(kids.len());
    for &kid in kids {
        at.push(out.len());
        out.push(kid);
        nested(kid, &mut out, 0);
    }
    (out, at)
}

/// Most statements one sequence is matched against after flattening, so
/// that a huge function costs a bounded amount.
const MAX_FLAT_STATEMENTS: usize = 20_000;

/// Kinds whose subtrees hold no statements outside nested functions (which
/// the flattening skips anyway): expressions, arguments, declarators, types.
fn holds_no_statements(kind: &str) -> bool {
    (kind.contains("expression") && kind != "expression_statement")
        || kind.contains("argument")
        || kind.contains("declarator")
        || kind.contains("literal")
        || kind.contains("string")
        || kind.ends_with("type")
}

fn is_statement_list(kind: &str) -> bool {
    matches!(kind, "block" | "compound_statement" | "statement_block" | "statement_list" | "body_statement")
}

/// `#if`/`#ifdef` blocks and their `#elif`/`#else` branches (C, C++).
fn is_conditional_compilation(kind: &str) -> bool {
    matches!(kind, "preproc_if" | "preproc_ifdef" | "preproc_elif" | "preproc_elifdef" | "preproc_else")
}

/// `nodes` with the statements of conditional-compilation blocks in place
/// of the blocks, every branch in source order: Semgrep reads C as if the
/// preprocessor lines were not there, so `a; ... b;` matches across them.
fn inline_conditional_compilation<'t>(nodes: &[Node<'t>]) -> Vec<Node<'t>> {
    fn push<'t>(node: Node<'t>, out: &mut Vec<Node<'t>>) {
        let mut cursor = node.walk();
        if !cursor.goto_first_child() {
            return;
        }
        loop {
            let child = cursor.node();
            let is_test = matches!(cursor.field_name(), Some("name" | "condition"));
            if is_conditional_compilation(child.kind()) {
                push(child, out);
            } else if child.is_named() && !is_test && !child.is_extra() && !child.kind().contains("comment") {
                out.push(child);
            }
            if !cursor.goto_next_sibling() {
                break;
            }
        }
    }
    let mut out = Vec::with_capacity(nodes.len());
    for &n in nodes {
        if is_conditional_compilation(n.kind()) {
            push(n, &mut out);
        } else {
            out.push(n);
        }
    }
    out
}

/// Calls and constructions in any grammar.
fn is_call_kind(kind: &str) -> bool {
    matches!(
        kind,
        "call"
            | "call_expression"
            | "invocation_expression"
            | "method_invocation"
            | "function_call_expression"
            | "member_call_expression"
            | "scoped_call_expression"
            | "object_creation_expression"
            | "new_expression"
            | "macro_invocation"
    )
}

fn is_declaration_statement(kind: &str) -> bool {
    matches!(
        kind,
        "declaration"
            | "local_variable_declaration"
            | "lexical_declaration"
            | "variable_declaration"
            | "local_declaration_statement"
            | "short_var_declaration"
            | "var_declaration"
            | "let_declaration"
    )
}

/// The declarators of a declaration statement (itself, for Go's `x := v`
/// and Rust's `let`).
fn declarators(t: Node<'_>) -> Vec<Node<'_>> {
    if is_declarator_kind(t.kind()) {
        return vec![t];
    }
    let mut out = Vec::new();
    let mut stack = vec![t];
    while let Some(n) = stack.pop() {
        let mut c = n.walk();
        for child in n.named_children(&mut c) {
            if is_declarator_kind(child.kind()) {
                out.push(child);
            } else if matches!(child.kind(), "variable_declaration" | "var_spec_list") {
                stack.push(child);
            }
        }
    }
    out
}

fn is_declarator_kind(kind: &str) -> bool {
    matches!(
        kind,
        "variable_declarator"
            | "init_declarator"
            | "short_var_declaration"
            | "let_declaration"
            | "var_spec"
            | "const_spec"
    )
}

/// Node kinds of keyword arguments, whose order does not matter.
const KEYWORD_ARGUMENT_KINDS: &[&str] = &["keyword_argument", "pair"];

fn is_keyword_argument(p: &PNode) -> bool {
    matches!(p, PNode::Node { kind, .. } if KEYWORD_ARGUMENT_KINDS.contains(&&**kind))
}

fn sorted(env: &Env) -> Bindings {
    let mut b = env.clone();
    b.sort_by(|x, y| x.0.cmp(&y.0));
    b
}

/// `None` when `text` cannot be a dotted name even with its whitespace
/// removed (it holds a byte that is neither part of a name, a separator nor
/// whitespace); else whether it may hold whitespace (`char::is_whitespace`),
/// exact for ASCII, any other character sent on to the full test.
fn dotted_shape(text: &str) -> Option<bool> {
    let mut whitespace = false;
    for b in text.bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'$' | b'.' | b':' | b'-' | b'>' => {}
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | 0x80.. => whitespace = true,
            _ => return None,
        }
    }
    Some(whitespace)
}

fn compact_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().filter(|c| !c.is_whitespace())
}

impl<'s, 't> Matcher<'s, 't> {
    fn kind(&self, node: Node<'t>) -> &'s str {
        self.children.kind(node)
    }

    fn text(&self, start: usize, end: usize) -> &'s str {
        self.source.get(start..end).unwrap_or("")
    }

    fn over_budget(&self) -> bool {
        self.steps.set(self.steps.get() + 1);
        self.exhausted()
    }

    fn exhausted(&self) -> bool {
        self.steps.get() > MAX_STEPS_PER_CANDIDATE
    }

    /// Binds `name` to `b`, or checks that an earlier binding has the same code.
    /// Returns whether the binding holds and whether it was newly pushed.
    fn bind(&self, name: &Arc<str>, b: Binding, env: &mut Env) -> Option<bool> {
        if &**name == "_" {
            return Some(false);
        }
        match env.iter().find(|(n, _)| n == name) {
            Some((_, old)) => {
                let (a, c) = (self.text(old.start, old.end), self.text(b.start, b.end));
                // `"a"` and `'a'` are the same value.
                let same = compact_chars(a).eq(compact_chars(c))
                    || (is_quoted(a) && is_quoted(c) && string_content(a) == string_content(c));
                same.then_some(false)
            }
            None => {
                env.push((name.clone(), b));
                Some(true)
            }
        }
    }

    /// Binds `name` to the target node and continues; undoes the binding
    /// after, so the next alternative starts clean.
    fn bind_then(&self, name: &Arc<str>, t: Node<'t>, env: &mut Env, k: &mut dyn FnMut(&mut Env) -> bool) -> bool {
        let b = Binding { start: t.start_byte(), end: t.end_byte() };
        let Some(pushed) = self.bind(name, b, env) else { return false };
        let stop = k(env);
        if pushed {
            env.pop();
        }
        stop
    }

    /// Matches one pattern node against one target node, calling `k` for each
    /// way it matches. Returns true when `k` asked to stop.
    fn node(&self, p: &PNode, t: Node<'t>, env: &mut Env, k: &mut dyn FnMut(&mut Env) -> bool) -> bool {
        if self.over_budget() {
            return false;
        }
        // `(x)` is `x`, unless the pattern itself has the parentheses. A loop,
        // not recursion: `((((x))))` may be nested thousands deep.
        let mut t = t;
        let wants_parens = matches!(p, PNode::Node { kind, .. } if &**kind == "parenthesized_expression");
        if !wants_parens && !matches!(p, PNode::MetaVar(_) | PNode::Ellipsis | PNode::MetaSeq(_) | PNode::Deep(_)) {
            while self.kind(t) == "parenthesized_expression" && t.named_child_count() == 1 {
                match t.named_child(0) {
                    Some(inner) => t = inner,
                    None => break,
                }
            }
        }
        // Recursion depth grows with the length of sibling lists; past this
        // depth a match is given up rather than the stack.
        if self.depth.get() > MAX_RECURSION {
            return false;
        }
        self.depth.set(self.depth.get() + 1);
        let result = self.node_inner(p, t, env, k);
        self.depth.set(self.depth.get() - 1);
        result
    }

    fn node_inner(&self, p: &PNode, t: Node<'t>, env: &mut Env, k: &mut dyn FnMut(&mut Env) -> bool) -> bool {
        match p {
            PNode::MetaVar(name) => self.bind_then(name, t, env, k),
            PNode::Typed { name, ty } => self.has_type(t, ty) && self.bind_then(name, t, env, k),
            PNode::MetaSeq(name) => self.bind_then(name, t, env, k),
            PNode::Ellipsis => k(env),
            PNode::StringVar(name) => {
                if !is_string_kind(self.kind(t)) || has_interpolation(t) {
                    return false;
                }
                // `'$URL'` binds the string's content, without its quotes.
                let text = self.text(t.start_byte(), t.end_byte());
                let content = string_content(text);
                let start = t.start_byte() + (content.as_ptr() as usize - text.as_ptr() as usize);
                let b = Binding { start, end: start + content.len() };
                let Some(pushed) = self.bind(name, b, env) else { return false };
                let stop = k(env);
                if pushed {
                    env.pop();
                }
                stop
            }
            PNode::Deep(inner) => {
                // The node itself or anything below it. Iterative, because the
                // target may be arbitrarily deep.
                for n in PreorderIter::new(t) {
                    // Parentheses are seen through when their content is
                    // visited; unwrapping each level again would be quadratic.
                    if !n.is_named() || self.kind(n) == "parenthesized_expression" {
                        continue;
                    }
                    if self.node(inner, n, env, k) {
                        return true;
                    }
                    if self.exhausted() {
                        return false;
                    }
                }
                false
            }
            PNode::AnyString => {
                let constant = || self.constant_of(t).is_some() || self.is_constant_concatenation(t, 0);
                ((is_string_kind(self.kind(t)) && !has_interpolation(t)) || constant()) && k(env)
            }
            PNode::Str { content } => {
                let same = if is_string_kind(self.kind(t)) {
                    string_content(self.text(t.start_byte(), t.end_byte())) == content
                } else {
                    self.constant_of(t) == Some(content.as_str())
                };
                same && k(env)
            }
            PNode::Dotted { name } => {
                let raw = self.text(t.start_byte(), t.end_byte());
                if raw.len() > 512 || !t.is_named() {
                    return false;
                }
                // Cheapest test first: most nodes tried are neither the name
                // nor an alias of it, and differ from it in the first bytes.
                let same = if compact_chars(raw).eq(name.chars()) {
                    is_dotted_name(name)
                } else if self.ctx.may_alias() {
                    // A call, a string or an operation is no name: only names
                    // go on to the alias lookup.
                    let Some(may_have_whitespace) = dotted_shape(raw) else { return false };
                    let text: std::borrow::Cow<str> = if may_have_whitespace && raw.contains(char::is_whitespace) {
                        compact(raw).into()
                    } else {
                        raw.into()
                    };
                    self.ctx.names_match(name, &text) && is_dotted_name(&text)
                } else {
                    false
                };
                same && k(env)
            }
            PNode::Leaf { kind, text } => {
                self.kind(t) == &**kind && self.text(t.start_byte(), t.end_byte()) == text && k(env)
            }
            PNode::Node { kind, children } => {
                // The statement `f(...);` also matches a statement holding
                // the call deeper (`int n = len + f(x);`, `s.Add(f(x));`), as
                // Semgrep's default `deep_exprstmt` does.
                if &**kind == "expression_statement" {
                    if let [inner @ PNode::Node { kind: inner_kind, .. }] = children.as_slice() {
                        let t_kind = self.kind(t);
                        if is_call_kind(inner_kind)
                            && (t_kind == "expression_statement" || is_declaration_statement(t_kind))
                        {
                            return self.call_in_statement(inner, t, env, k);
                        }
                    }
                }
                if self.kind(t) != &**kind && !equivalent_kinds(kind).contains(&self.kind(t)) {
                    // `$X = v` also matches a declaration with an initialiser
                    // (`String x = v;`, `x := v`, `let x = v`), as Semgrep's
                    // default `vardef_assign` does.
                    if is_assignment_kind(kind) && is_declarator_kind(self.kind(t)) {
                        return self.assignment_as_declaration(children, t, env, k);
                    }
                    // The statement `$X = v;` against a declaration statement:
                    // its declarators.
                    if &**kind == "expression_statement" && is_declaration_statement(self.kind(t)) {
                        if let [inner @ PNode::Node { kind: inner_kind, .. }] = children.as_slice() {
                            if is_assignment_kind(inner_kind) {
                                for d in declarators(t) {
                                    if self.node(inner, d, env, k) {
                                        return true;
                                    }
                                }
                                return false;
                            }
                        }
                    }
                    // `if (c) { ... }` also matches `if (c) stmt;`: a body
                    // without braces is a block of one statement.
                    if matches!(&**kind, "statement_block" | "block" | "compound_statement")
                        && t.kind().ends_with("statement")
                        && t.parent().is_some_and(|p| p.kind() != &**kind)
                    {
                        let one = [t];
                        return self.seq(children, &one, 0, env, &mut |env, end| end == 1 && k(env));
                    }
                    // `random.$F` names `randint` imported from `random`.
                    if let Some(found) = self.imported_member(kind, children, t, env, k) {
                        return found;
                    }
                    // A TypeScript parameter with a type is its name to a
                    // pattern without one.
                    if matches!(self.kind(t), "required_parameter" | "optional_parameter") {
                        if let Some(inner) = t.child_by_field("pattern") {
                            return self.node(p, inner, env, k);
                        }
                    }
                    return false;
                }
                let mut cached = self.children.get(t);
                if &**kind == "constructor_declaration" && t.kind() == "method_declaration" {
                    let ty = t.child_by_field("type").map(|n| n.id());
                    let nodes = cached.nodes.iter().copied().filter(|n| Some(n.id()) != ty).collect();
                    cached = Rc::new(Children { nodes, optional: cached.optional });
                }
                // `new $X` constructs with any arguments or initializer.
                if &**kind == "object_creation_expression"
                    && !children.iter().any(|c| matches!(c, PNode::Node { kind, .. } if is_construction_detail(kind)))
                {
                    let nodes = cached.nodes.iter().copied().filter(|n| !is_construction_detail(n.kind())).collect();
                    cached = Rc::new(Children { nodes, optional: cached.optional });
                }
                // A list of modifiers or attributes is a set: the pattern's
                // must all be there, in any order, among others.
                if is_modifier_list(kind) {
                    return self.unordered(&children.iter().collect::<Vec<_>>(), &cached.nodes, env, k);
                }
                let mentioned = |optional: &str| {
                    children.iter().any(
                        |c| matches!(c, PNode::Node { kind, .. } | PNode::Leaf { kind, .. } if &**kind == optional),
                    )
                };
                // Modifiers, annotations, decorators and `throws` clauses the
                // pattern does not mention do not stop a match; those it
                // mentions are found in any order.
                if cached.optional || children.iter().any(is_unordered) {
                    let (p_free, p_rest): (Vec<&PNode>, Vec<&PNode>) = children.iter().partition(|c| is_unordered(c));
                    if !p_free.is_empty() {
                        // Modifiers come first in every grammar: the rest is
                        // then a slice of the pattern, not a copy.
                        let copied: Vec<PNode>;
                        let p_rest: &[PNode] = if children[..p_free.len()].iter().all(is_unordered) {
                            &children[p_free.len()..]
                        } else {
                            copied = p_rest.into_iter().cloned().collect();
                            &copied
                        };
                        let (t_free, t_rest): (Vec<Node<'t>>, Vec<Node<'t>>) =
                            cached.nodes.iter().partition(|c| UNORDERED_KINDS.contains(&c.kind()));
                        let t_rest: Vec<Node<'t>> = t_rest
                            .into_iter()
                            .filter(|c| !OPTIONAL_KINDS.contains(&c.kind()) || mentioned(c.kind()))
                            .collect();
                        let n = t_rest.len();
                        return self.seq(p_rest, &t_rest, 0, env, &mut |env, end| {
                            end == n && self.unordered(&p_free, &t_free, env, k)
                        });
                    }
                }
                let kept: Vec<Node<'t>>;
                let kids: &[Node<'t>] = if cached.optional {
                    kept = cached
                        .nodes
                        .iter()
                        .copied()
                        .filter(|c| !OPTIONAL_KINDS.contains(&self.kind(*c)) || mentioned(self.kind(*c)))
                        .collect();
                    &kept
                } else {
                    &cached.nodes
                };
                if children.iter().any(is_keyword_argument) {
                    return self.arguments(children, kids, env, k);
                }
                let n = kids.len();
                self.seq(children, kids, 0, env, &mut |env, end| end == n && k(env))
            }
        }
    }

    /// `call` matched against the expressions of the statement `t`, outermost
    /// first, without entering nested functions or blocks.
    fn call_in_statement(&self, call: &PNode, t: Node<'t>, env: &mut Env, k: &mut dyn FnMut(&mut Env) -> bool) -> bool {
        // A callee named in the pattern must appear in the statement's text
        // (unless the file renames imports): most statements are rejected
        // without a walk.
        if let PNode::Node { children, .. } = call {
            if let Some(PNode::Dotted { name }) = children.first() {
                let last = name.rsplit(['.', ':']).next().unwrap_or(name);
                if !self.ctx.may_alias() && !self.text(t.start_byte(), t.end_byte()).contains(last) {
                    return false;
                }
            }
        }
        let mut stack = vec![t];
        while let Some(n) = stack.pop() {
            if n.id() != t.id() && self.node(call, n, env, k) {
                return true;
            }
            if self.exhausted() {
                return false;
            }
            let mut cursor = n.walk();
            let start = stack.len();
            for child in n.named_children(&mut cursor) {
                let kind = self.kind(child);
                if !vigil_lang::is_function_kind(kind) && !kind.contains("block") && !kind.contains("comment") {
                    stack.push(child);
                }
            }
            stack[start..].reverse();
        }
        false
    }

    /// A member pattern `module.$F` against a bare name the file imported
    /// from that module: `$F` binds the name. `None` when the pattern is not
    /// of that form.
    fn imported_member(
        &self,
        kind: &str,
        children: &[PNode],
        t: Node<'t>,
        env: &mut Env,
        k: &mut dyn FnMut(&mut Env) -> bool,
    ) -> Option<bool> {
        if !matches!(kind, "attribute" | "member_expression" | "field_access" | "member_access_expression")
            || t.kind() != "identifier"
        {
            return None;
        }
        // The children are the object, the separator token and the member.
        let (Some(PNode::Dotted { name: module }), Some(member @ PNode::MetaVar(_))) =
            (children.first(), children.last())
        else {
            return None;
        };
        if children.len() > 3 {
            return None;
        }
        let full = self.ctx.imported_as(self.text(t.start_byte(), t.end_byte()))?;
        let (from, _) = full.rsplit_once('.')?;
        Some(from == module && self.node(member, t, env, k))
    }

    /// Whether the target node is known to have type `ty`: a literal of that
    /// type, or a variable declared with it.
    fn has_type(&self, t: Node<'t>, ty: &str) -> bool {
        let wanted = normalize_type(ty);
        if is_string_kind(self.kind(t)) {
            return matches!(wanted.as_str(), "string" | "char*" | "constchar*" | "str");
        }
        if self.kind(t).contains("integer") || self.kind(t) == "number_literal" || self.kind(t) == "int_literal" {
            let text = self.text(t.start_byte(), t.end_byte());
            return !text.contains('.')
                && matches!(
                    wanted.as_str(),
                    "int"
                        | "long"
                        | "short"
                        | "integer"
                        | "size_t"
                        | "unsigned"
                        | "unsignedint"
                        | "int32"
                        | "int64"
                        | "uint"
                        | "byte"
                );
        }
        // `new Random().Next()`: a construction has the type it names.
        if t.kind() == "object_creation_expression" {
            return t
                .child_by_field("type")
                .is_some_and(|ty| normalize_type(self.text(ty.start_byte(), ty.end_byte())) == wanted);
        }
        let name = self.text(t.start_byte(), t.end_byte());
        self.ctx.declared_type(name).is_some_and(|declared| normalize_type(declared) == wanted)
    }

    /// Matches the parts of an assignment pattern (`$X = $V`) against a
    /// declaration's name and initialiser.
    fn assignment_as_declaration(
        &self,
        children: &[PNode],
        t: Node<'t>,
        env: &mut Env,
        k: &mut dyn FnMut(&mut Env) -> bool,
    ) -> bool {
        let (Some(lhs), Some(rhs)) = (children.first(), children.last()) else { return false };
        if children.len() < 2 {
            return false;
        }
        let field = |names: &[&'static str]| names.iter().find_map(|f| t.child_by_field(f));
        let Some(mut name) = field(&["name", "left", "pattern", "declarator"]) else { return false };
        // C's `char *p = v` and `char b[8] = v` declare `p` and `b`.
        while matches!(self.kind(name), "pointer_declarator" | "array_declarator" | "reference_declarator") {
            match name.child_by_field("declarator").or_else(|| name.named_child(0)) {
                Some(inner) => name = inner,
                None => break,
            }
        }
        let value = field(&["value", "right"]).or_else(|| {
            let n = t.named_child_count();
            t.named_child(n.checked_sub(1)? as u32).filter(|v| v.id() != name.id())
        });
        let Some(value) = value else { return false };
        // Go's `x := v` holds expression lists on both sides, as does the pattern.
        self.node(lhs, name, env, &mut |env| self.node(rhs, value, env, k))
    }

    /// Whether `t` joins only constant strings with `+` (`.` in PHP), as
    /// `"SELECT " + TABLE` with `TABLE` a constant: its value is known when
    /// the code is written, so `"..."` matches it as Semgrep's constant
    /// folding does.
    fn is_constant_concatenation(&self, t: Node<'t>, depth: usize) -> bool {
        // Deeper chains than this are rare in hand-written code; the bound
        // keeps adversarial input from recursing without end.
        if depth > 64 {
            return false;
        }
        match t.kind() {
            "parenthesized_expression" if t.named_child_count() == 1 => {
                t.named_child(0).is_some_and(|inner| self.is_constant_concatenation(inner, depth + 1))
            }
            "binary_expression" | "binary_operator" | "binary" => {
                let (Some(left), Some(right)) = (t.child_by_field("left"), t.child_by_field("right")) else {
                    return false;
                };
                let op = t.child_by_field("operator").map(|o| o.kind());
                matches!(op, Some("+") | Some("."))
                    && self.is_constant_operand(left, depth)
                    && self.is_constant_operand(right, depth)
            }
            _ => false,
        }
    }

    fn is_constant_operand(&self, t: Node<'t>, depth: usize) -> bool {
        (is_string_kind(t.kind()) && !has_interpolation(t))
            || self.constant_of(t).is_some()
            || self.is_constant_concatenation(t, depth + 1)
    }

    /// The string a target identifier holds, if it is a file constant.
    fn constant_of(&self, t: Node<'t>) -> Option<&'s str> {
        if (t.child_count() > 1 || t.named_child_count() > 1) && self.kind(t) != "variable_name" {
            return None;
        }
        let text = self.text(t.start_byte(), t.end_byte());
        self.ctx.constant_at(text, t)
    }

    /// Argument lists with keyword arguments: positional arguments in order,
    /// keyword arguments in any order. Extra keyword arguments in the target
    /// are allowed only when the pattern has an ellipsis.
    fn arguments(&self, ps: &[PNode], ts: &[Node<'t>], env: &mut Env, k: &mut dyn FnMut(&mut Env) -> bool) -> bool {
        let p_pos: Vec<PNode> = ps.iter().filter(|p| !is_keyword_argument(p)).cloned().collect();
        let p_kw: Vec<&PNode> = ps.iter().filter(|p| is_keyword_argument(p)).collect();
        let t_pos: Vec<Node<'t>> =
            ts.iter().copied().filter(|t| !KEYWORD_ARGUMENT_KINDS.contains(&self.kind(*t))).collect();
        let t_kw: Vec<Node<'t>> =
            ts.iter().copied().filter(|t| KEYWORD_ARGUMENT_KINDS.contains(&self.kind(*t))).collect();
        let open = ps.iter().any(|p| matches!(p, PNode::Ellipsis | PNode::MetaSeq(_)));
        if !open && t_kw.len() != p_kw.len() {
            return false;
        }
        let n = t_pos.len();
        self.seq(&p_pos, &t_pos, 0, env, &mut |env, end| {
            end == n && self.keywords(&p_kw, &t_kw, &mut vec![false; t_kw.len()], env, k)
        })
    }

    fn keywords(
        &self,
        ps: &[&PNode],
        ts: &[Node<'t>],
        used: &mut [bool],
        env: &mut Env,
        k: &mut dyn FnMut(&mut Env) -> bool,
    ) -> bool {
        let Some((first, rest)) = ps.split_first() else { return k(env) };
        for i in 0..ts.len() {
            if used[i] {
                continue;
            }
            used[i] = true;
            let stop = self.node(first, ts[i], env, &mut |env| self.keywords(rest, ts, &mut used.to_vec(), env, k));
            used[i] = false;
            if stop {
                return true;
            }
        }
        false
    }

    /// Matches each pattern node to a different target node, in any order.
    fn unordered(&self, ps: &[&PNode], ts: &[Node<'t>], env: &mut Env, k: &mut dyn FnMut(&mut Env) -> bool) -> bool {
        self.keywords(ps, ts, &mut vec![false; ts.len()], env, k)
    }

    /// Matches a sequence of pattern nodes against target siblings from
    /// `pos`, calling `k` with the index after the last sibling consumed.
    fn seq(
        &self,
        ps: &[PNode],
        ts: &[Node<'t>],
        pos: usize,
        env: &mut Env,
        k: &mut dyn FnMut(&mut Env, usize) -> bool,
    ) -> bool {
        if self.over_budget() || self.depth.get() > MAX_RECURSION {
            return false;
        }
        let Some((first, rest)) = ps.split_first() else {
            return k(env, pos);
        };
        match first {
            PNode::Ellipsis => {
                for j in pos..=ts.len() {
                    if self.seq(rest, ts, j, env, k) {
                        return true;
                    }
                }
                false
            }
            PNode::MetaSeq(name) => {
                for j in pos..=ts.len() {
                    let b = if j > pos {
                        Binding { start: ts[pos].start_byte(), end: ts[j - 1].end_byte() }
                    } else {
                        let at = ts
                            .get(pos)
                            .map(|n| n.start_byte())
                            .unwrap_or_else(|| ts.last().map(|n| n.end_byte()).unwrap_or(0));
                        Binding { start: at, end: at }
                    };
                    let Some(pushed) = self.bind(name, b, env) else {
                        continue;
                    };
                    let stop = self.seq(rest, ts, j, env, k);
                    if pushed {
                        env.pop();
                    }
                    if stop {
                        return true;
                    }
                }
                false
            }
            _ => {
                let Some(&t) = ts.get(pos) else { return false };
                // Of the statements nested in others' bodies, only the
                // sequence's last one may match, and not as a bare `$S`.
                if !rest.is_empty() || matches!(first, PNode::MetaVar(_)) || is_bare_statement_metavariable(first) {
                    let nested = self.nested_statements.borrow();
                    if nested.0 == ts.as_ptr() as usize && nested.1.binary_search(&t.id()).is_ok() {
                        return false;
                    }
                }
                self.node(first, t, env, &mut |env| self.seq(rest, ts, pos + 1, env, k))
            }
        }
    }
}

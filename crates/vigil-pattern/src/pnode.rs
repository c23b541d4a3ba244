use std::sync::Arc;

use vigil_core::Language;

/// One node of a compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PNode {
    /// `$X`: any single node; repeated names must bind equal code. `$_`
    /// (name `_`) binds nothing.
    MetaVar(Arc<str>),
    /// `(String $X)`: a node whose type is known to be `ty` (a literal of
    /// that type, or a variable declared with it), bound as `$X`.
    Typed { name: Arc<str>, ty: String },
    /// `$...X`: any sequence of siblings, bound as one range.
    MetaSeq(Arc<str>),
    /// `...`: any sequence of siblings, or any single node outside a sequence.
    Ellipsis,
    /// `<... P ...>`: a node that contains a match of `P` anywhere inside.
    Deep(Box<PNode>),
    /// `"..."`: any string literal.
    AnyString,
    /// `"$X"`: any string literal, bound as `$X`.
    StringVar(Arc<str>),
    /// A string literal without interpolation, compared by its content, so
    /// `'a'` and `"a"` are the same string.
    Str { content: String },
    /// A name such as `subprocess.call`, `Runtime.getRuntime` or `eval`:
    /// matches code that names the same thing, directly or through an
    /// import alias (see [`crate::MatchContext`]).
    Dotted { name: String },
    /// A token: same kind and same text.
    Leaf { kind: Box<str>, text: String },
    /// An inner node: same kind and matching significant children.
    Node { kind: Box<str>, children: Vec<PNode> },
}

/// What a pattern matches: one node, or a run of sibling statements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternRoot {
    Node(PNode),
    Sequence(Vec<PNode>),
}

/// A pattern compiled for one language.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub(crate) text: String,
    pub(crate) language: Language,
    pub(crate) root: PatternRoot,
}

impl Pattern {
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn language(&self) -> Language {
        self.language
    }

    pub fn root(&self) -> &PatternRoot {
        &self.root
    }

    /// Whether the pattern is one expression written as a statement
    /// (`f(...);`): Semgrep then matches the statement that holds the
    /// expression, however deep (its `deep_exprstmt`), which matters where
    /// the range of a match counts, as for a taint sink.
    pub fn is_expression_statement(&self) -> bool {
        matches!(self.root, PatternRoot::Node(_)) && self.text.trim_end().ends_with(';')
    }

    /// The node kind every match's root has, if the pattern fixes one; used
    /// to try the pattern only on nodes of that kind. `None` means any node
    /// can match (a bare metavariable, a deep expression, a sequence).
    pub fn root_kind(&self) -> Option<&str> {
        match &self.root {
            PatternRoot::Node(PNode::Node { kind, .. } | PNode::Leaf { kind, .. }) => Some(kind),
            _ => None,
        }
    }

    /// Every node kind a match's root can have: the pattern's own, and the
    /// kinds it is equivalent to (an assignment pattern matches
    /// declarations too). `None` when any node can match.
    pub fn root_kinds(&self) -> Option<Vec<&str>> {
        let kind = self.root_kind()?;
        let mut kinds = vec![kind];
        kinds.extend(crate::matcher::equivalent_kinds(kind));
        if kind == "expression_statement" {
            kinds.extend([
                "declaration",
                "local_variable_declaration",
                "lexical_declaration",
                "variable_declaration",
                "local_declaration_statement",
                "short_var_declaration",
                "var_declaration",
                "let_declaration",
            ]);
        }
        if matches!(kind, "assignment" | "assignment_expression" | "assignment_statement") {
            kinds.extend([
                "variable_declarator",
                "init_declarator",
                "short_var_declaration",
                "let_declaration",
                "var_spec",
                "const_spec",
            ]);
        }
        Some(kinds)
    }

    /// Identifier-like words that any matching code must contain, for a
    /// prefilter over the raw bytes of a file. Conservative: leaves only, and
    /// only those whose text must appear verbatim.
    pub fn required_words(&self) -> Vec<String> {
        let mut words = Vec::new();
        let mut stack: Vec<&PNode> = match &self.root {
            PatternRoot::Node(n) => vec![n],
            PatternRoot::Sequence(ns) => ns.iter().collect(),
        };
        while let Some(node) = stack.pop() {
            match node {
                PNode::Dotted { name } => {
                    // Only the last part: the rest may be imported away
                    // (`from os import system`, Java's implicit `java.lang`).
                    let last = name.rsplit(['.', ':']).next().unwrap_or(name).rsplit("->").next().unwrap_or(name);
                    if last.len() >= 3 && !last.starts_with('$') {
                        words.push(last.to_string());
                    }
                }
                PNode::Leaf { text, .. } => {
                    let t = text.trim();
                    if t.len() >= 3
                        && t.chars().all(|c| c.is_alphanumeric() || c == '_')
                        && !t.chars().all(|c| c.is_ascii_digit())
                    {
                        words.push(t.to_string());
                    }
                }
                PNode::Node { children, .. } => stack.extend(children.iter()),
                // Inside a deep expression the words are still required.
                PNode::Deep(inner) => stack.push(inner),
                _ => {}
            }
        }
        words.sort();
        words.dedup();
        words
    }

    /// Names of the metavariables the pattern binds.
    pub fn metavariables(&self) -> Vec<String> {
        let mut names = Vec::new();
        let mut stack: Vec<&PNode> = match &self.root {
            PatternRoot::Node(n) => vec![n],
            PatternRoot::Sequence(ns) => ns.iter().collect(),
        };
        while let Some(node) = stack.pop() {
            match node {
                PNode::MetaVar(n) | PNode::MetaSeq(n) | PNode::Typed { name: n, .. } if &**n != "_" => {
                    names.push(format!("${n}"))
                }
                PNode::Node { children, .. } => stack.extend(children.iter()),
                PNode::Deep(inner) => stack.push(inner),
                _ => {}
            }
        }
        names.sort();
        names.dedup();
        names
    }
}

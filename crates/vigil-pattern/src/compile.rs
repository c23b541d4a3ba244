//! From pattern text to a [`Pattern`].
//!
//! A pattern is a fragment: an expression, a statement or a few, a method.
//! Grammars want whole programs, so the rewritten text is tried inside a few
//! wrappers per language (as is, in a function body, in a class body) and the
//! first wrapper under which the fragment parses without error wins. The
//! pattern is then the smallest node that spans the fragment, or the run of
//! sibling statements that does.

use std::sync::Arc;

use vigil_core::Language;
use vigil_lang::tree_sitter::{Node, Parser};
use vigil_lang::{grammar_for_pattern, significant_children, PreorderIter};

use crate::placeholder::{extract_typed, hole_of, rewrite, Hole, DEEP_CALL, ELLIPSIS, PARAMETER_TYPE, TYPED_PREFIX};
use crate::pnode::{PNode, Pattern, PatternRoot};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PatternError {
    #[error("pattern is empty")]
    Empty,
    #[error("{0} has no grammar, so only regex patterns apply to it")]
    NoGrammar(Language),
    #[error("pattern does not parse as {language}: {detail}")]
    Syntax { language: Language, detail: String },
    #[error("pattern is nested too deeply")]
    TooDeep,
}

/// The deepest pattern we accept; real patterns are a handful of levels.
const MAX_PATTERN_DEPTH: usize = 200;

fn wrappers(lang: Language) -> &'static [(&'static str, &'static str)] {
    match lang {
        Language::Python | Language::Ruby => &[("", "\n")],
        Language::JavaScript | Language::TypeScript | Language::Tsx => {
            &[("", "\n"), ("(", "\n)"), ("function __vglf() {\n", "\n}"), ("class __Vgl {\n", "\n}")]
        }
        Language::Java => &[
            ("class __Vgl { void __vglf() {\n", ";\n}}"),
            ("class __Vgl { void __vglf() {\n", "\n}}"),
            ("class __Vgl {\n", "\n}"),
            ("", "\n"),
        ],
        Language::CSharp => &[
            ("class __Vgl { void __vglf() {\n", ";\n}}"),
            ("class __Vgl { void __vglf() {\n", "\n}}"),
            ("class __Vgl {\n", "\n}"),
            ("", "\n"),
        ],
        Language::C | Language::Cpp => &[("void __vglf() {\n", ";\n}"), ("void __vglf() {\n", "\n}"), ("", "\n")],
        Language::Go => &[("package p\nfunc __vglf() {\n", "\n}\n"), ("package p\n", "\n")],
        Language::Php => &[("<?php\n", "\n"), ("<?php\n", ";\n")],
        Language::Rust => &[("fn __vglf() {\n", ";\n}"), ("fn __vglf() {\n", "\n}"), ("", "\n")],
        Language::Generic => &[],
    }
}

impl Pattern {
    /// Compiles `text` as a pattern for `lang`.
    pub fn compile(text: &str, lang: Language) -> Result<Pattern, PatternError> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(PatternError::Empty);
        }
        let grammar = grammar_for_pattern(lang).ok_or(PatternError::NoGrammar(lang))?;
        // A lone metavariable matches any node; no grammar needs to agree.
        if let Some(Hole::MetaVar(name)) = hole_of(&rewrite(trimmed, lang)) {
            let root = PatternRoot::Node(PNode::MetaVar(Arc::from(name.as_str())));
            return Ok(Pattern { text: trimmed.to_string(), language: lang, root });
        }
        let (untyped, types) = extract_typed(trimmed, lang);
        let rewritten = rewrite(&untyped, lang);
        let compiled = PATTERN_PARSER.with(|cell| {
            let mut parser = cell.borrow_mut();
            parser
                .set_language(&grammar)
                .map_err(|e| PatternError::Syntax { language: lang, detail: e.to_string() })?;
            compile_with(&mut parser, trimmed, lang, &rewritten, &types)
        });
        // TypeScript rules may hold JSX, which only the TSX grammar reads;
        // its node kinds are TypeScript's.
        match compiled {
            Err(PatternError::Syntax { .. }) if lang == Language::TypeScript => Pattern::compile(text, Language::Tsx)
                .map(|p| Pattern { language: lang, ..p })
                .map_err(|_| compiled.err().unwrap_or(PatternError::Empty)),
            other => other,
        }
    }
}

thread_local! {
    /// One parser per thread for patterns: creating one per pattern costs
    /// more than parsing a short pattern.
    static PATTERN_PARSER: std::cell::RefCell<Parser> = std::cell::RefCell::new(Parser::new());
}

/// Parses the rewritten pattern under each wrapper until one parses cleanly.
fn compile_with(
    parser: &mut Parser,
    trimmed: &str,
    lang: Language,
    rewritten: &str,
    types: &[String],
) -> Result<Pattern, PatternError> {
    let mut first_error = None;
    // Rules often leave out the `;` of statements in languages that need
    // it; when the pattern does not parse as written, try it with them.
    let mut attempts = vec![rewritten.to_string()];
    if matches!(lang, Language::Java | Language::CSharp | Language::C | Language::Cpp | Language::Php) {
        let with_semicolons = add_statement_semicolons(rewritten);
        if with_semicolons != rewritten {
            attempts.push(with_semicolons);
        }
    }
    // `f(...) {...}` declares a function whose parameters Java, C# and C
    // want typed: an ellipsis there is given a placeholder type.
    // PHP wants them to be variables.
    let parameter = match lang {
        Language::Java | Language::CSharp | Language::C | Language::Cpp => Some(format!("{PARAMETER_TYPE} {ELLIPSIS}")),
        Language::Php => Some(format!("${ELLIPSIS}")),
        _ => None,
    };
    if let Some(parameter) = parameter {
        let typed = add_parameter_types(rewritten, &parameter);
        if typed != rewritten {
            attempts.push(typed);
        }
    }
    // `{..., "*", ...}` is a set in Python (the rewrite assumed a dict), and
    // `{..., :k => v, ...}` a hash in Ruby, where `**` splats one.
    match lang {
        Language::Python => attempts.push(rewritten.replace(&format!("**{ELLIPSIS}"), &format!("*{ELLIPSIS}"))),
        Language::Ruby => {
            use std::sync::OnceLock;
            static IN_HASH: OnceLock<regex::Regex> = OnceLock::new();
            let re = IN_HASH.get_or_init(|| {
                regex::Regex::new(&format!(r"([{{,]\s*){ELLIPSIS}(\s*[,}}])")).expect("hash ellipsis regex")
            });
            attempts.push(re.replace_all(rewritten, format!("${{1}}**{ELLIPSIS}${{2}}")).into_owned());
        }
        _ => {}
    }
    // `class $C {\n...\n}`: a statement ellipsis cannot stand in a class
    // body, a field of a placeholder type can.
    if matches!(lang, Language::Java | Language::CSharp) {
        let as_members = rewritten.replace(&format!("{ELLIPSIS}();"), &format!("{ELLIPSIS};"));
        let as_members = as_members.replace(&format!("{ELLIPSIS};"), &format!("{PARAMETER_TYPE} {ELLIPSIS};"));
        if as_members != rewritten {
            attempts.push(as_members);
        }
    }
    // `new $X` names a construction without its arguments, which Java and
    // C# cannot parse: it is `new $X(...)`.
    if matches!(lang, Language::Java | Language::CSharp) {
        let with_arguments = add_constructor_arguments(rewritten);
        if with_arguments != rewritten {
            attempts.push(with_arguments);
        }
    }
    for text in &attempts {
        for (prefix, suffix) in wrappers(lang) {
            let source = format!("{prefix}{text}{suffix}");
            let Some(tree) = parser.parse(&source, None) else {
                continue;
            };
            let region = (prefix.len(), prefix.len() + text.len());
            if let Some(err) = first_error_in(tree.root_node(), region, &source) {
                first_error.get_or_insert(err);
                continue;
            }
            let root = extract(tree.root_node(), region, &source, types)?;
            return Ok(Pattern { text: trimmed.to_string(), language: lang, root });
        }
    }
    Err(PatternError::Syntax { language: lang, detail: first_error.unwrap_or_else(|| "no way to parse it".into()) })
}

/// Ends each line of a multi-line pattern that looks like a whole statement
/// with `;`.
fn add_statement_semicolons(text: &str) -> String {
    if !text.contains('\n') {
        return text.to_string();
    }
    text.lines()
        .map(|line| {
            let t = line.trim_end();
            let open = t.is_empty()
                || t.ends_with([';', '{', '}', ',', '(', '[', ':', '&', '|', '+', '='])
                || t.starts_with('@');
            if open {
                line.to_string()
            } else {
                format!("{t};")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// In a parameter list followed by a body, each lone ellipsis becomes a
/// parameter with a placeholder type that [`hole_of`] reads as an ellipsis.
fn add_parameter_types(text: &str, parameter: &str) -> String {
    use std::sync::OnceLock;
    static PARAMS: OnceLock<regex::Regex> = OnceLock::new();
    static LONE: OnceLock<regex::Regex> = OnceLock::new();
    let params =
        PARAMS.get_or_init(|| regex::Regex::new(r"\(([^()]*)\)(\s*(?:throws[^{;]*)?\{)").expect("parameter regex"));
    let lone = LONE.get_or_init(|| {
        regex::Regex::new(&format!(r"(^|,)(\s*){ELLIPSIS}(\s*)(,|$)")).expect("parameter ellipsis regex")
    });
    params
        .replace_all(text, |caps: &regex::Captures| {
            // Twice: adjacent ellipses share the comma between them.
            let replacement = format!("${{1}}${{2}}{}${{3}}${{4}}", parameter.replace('$', "$$"));
            let once = lone.replace_all(&caps[1], replacement.as_str());
            let list = lone.replace_all(&once, replacement.as_str());
            format!("({list}){}", &caps[2])
        })
        .into_owned()
}

/// `new T` not followed by arguments, an initializer or an array size gets
/// an argument list that matches any arguments.
fn add_constructor_arguments(text: &str) -> String {
    use std::sync::OnceLock;
    static NEW: OnceLock<regex::Regex> = OnceLock::new();
    let re =
        NEW.get_or_init(|| regex::Regex::new(r"\bnew(\s+[A-Za-z_][\w.]*)(\s*)($|[;),\]])").expect("constructor regex"));
    re.replace_all(text, |caps: &regex::Captures| format!("new{}({ELLIPSIS}){}{}", &caps[1], &caps[2], &caps[3]))
        .into_owned()
}

fn first_error_in(root: Node, (start, end): (usize, usize), source: &str) -> Option<String> {
    if !root.has_error() {
        return None;
    }
    PreorderIter::new(root)
        .find(|n| (n.is_error() || n.is_missing()) && n.start_byte() < end.max(start + 1) && n.end_byte() >= start)
        .map(|n| {
            if n.is_missing() {
                format!("missing `{}`", n.kind())
            } else {
                let from = n.start_byte().max(start);
                let to = n.end_byte().min(end).max(from);
                let snippet: String = source[from..to].chars().take(40).collect();
                format!("unexpected `{}`", snippet.trim())
            }
        })
}

/// Trims whitespace and a trailing `;` off a byte range of `source`.
fn trim_range(source: &str, (mut s, mut e): (usize, usize)) -> (usize, usize) {
    let b = source.as_bytes();
    while s < e && b[s].is_ascii_whitespace() {
        s += 1;
    }
    while e > s && (b[e - 1].is_ascii_whitespace() || b[e - 1] == b';') {
        e -= 1;
    }
    (s, e)
}

fn extract(root: Node, region: (usize, usize), source: &str, types: &[String]) -> Result<PatternRoot, PatternError> {
    let region = trim_range(source, region);
    // Descend to the smallest node that contains the whole region.
    let mut node = root;
    'descend: loop {
        let mut cursor = node.walk();
        for child in node.children(&mut cursor) {
            if child.start_byte() <= region.0 && child.end_byte() >= region.1 {
                node = child;
                continue 'descend;
            }
        }
        break;
    }
    let spans_region = |n: Node| trim_range(source, (n.start_byte(), n.end_byte())) == region;
    // The root (a module, a program) is never the pattern itself: when it
    // spans the region, the pattern is its statements.
    // A statement list that spans the region (Go wraps a body's statements
    // in one) is a sequence too, not a node to match whole.
    let is_statement_list =
        matches!(node.kind(), "statement_list" | "block" | "compound_statement" | "statement_block")
            && node.named_child_count() > 1;
    if spans_region(node) && node.parent().is_some() && !is_statement_list {
        // Unwrap nodes that only wrap one other node of the same extent, such
        // as an expression statement around a call, so that an expression
        // pattern matches the expression wherever it occurs.
        let mut kids = Vec::new();
        loop {
            if hole_of(node_text(node, source)).is_some() {
                break;
            }
            significant_children(node, &mut kids);
            match kids.as_slice() {
                [only] if spans_region(*only) => node = *only,
                _ => break,
            }
        }
        return Ok(PatternRoot::Node(convert(node, source, 0, types)?));
    }
    // Several siblings make up the region: a statement sequence.
    let mut kids = Vec::new();
    significant_children(node, &mut kids);
    let items: Vec<PNode> = kids
        .iter()
        .filter(|k| k.start_byte() >= region.0 && k.end_byte() <= region.1 + 1)
        .map(|k| convert(*k, source, 0, types))
        .collect::<Result<_, _>>()?;
    match items.len() {
        0 => Err(PatternError::Empty),
        1 => Ok(PatternRoot::Node(items.into_iter().next().unwrap_or(PNode::Ellipsis))),
        _ => Ok(PatternRoot::Sequence(items)),
    }
}

fn node_text<'s>(node: Node, source: &'s str) -> &'s str {
    source.get(node.start_byte()..node.end_byte()).unwrap_or("")
}

/// Node kinds that hold a string literal, across the grammars.
pub(crate) fn is_string_kind(kind: &str) -> bool {
    matches!(
        kind,
        "string"
            | "string_literal"
            | "interpreted_string_literal"
            | "raw_string_literal"
            | "encapsed_string"
            | "verbatim_string_literal"
            | "template_string"
            | "concatenated_string"
    )
}

/// Whether a string node has interpolated parts (f-string fields, template
/// substitutions), in which case it is matched structurally.
pub(crate) fn has_interpolation(node: Node) -> bool {
    let mut cursor = node.walk();
    let found = node.named_children(&mut cursor).any(|c| {
        !matches!(
            c.kind(),
            "string_start"
                | "string_end"
                | "string_content"
                | "string_fragment"
                | "escape_sequence"
                | "string_literal_content"
                | "raw_string_literal_content"
                | "interpreted_string_literal_content"
        )
    });
    found
}

/// The content of a string literal without its quotes and prefixes.
pub(crate) fn string_content(text: &str) -> &str {
    let t = text.trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == '@' || c == '$');
    for q in ["\"\"\"", "'''"] {
        if t.len() >= 6 && t.starts_with(q) && t.ends_with(q) {
            return &t[3..t.len() - 3];
        }
    }
    let mut chars = t.chars();
    match (chars.next(), chars.next_back()) {
        (Some(a), Some(b)) if a == b && matches!(a, '"' | '\'' | '`') => &t[1..t.len() - 1],
        _ => t,
    }
}

fn convert(node: Node, source: &str, depth: usize, types: &[String]) -> Result<PNode, PatternError> {
    if depth > MAX_PATTERN_DEPTH {
        return Err(PatternError::TooDeep);
    }
    let text = node_text(node, source);
    if let Some(hole) = hole_of(text) {
        return Ok(match hole {
            Hole::MetaVar(name) => match typed(&name, types) {
                Some((real, ty)) => PNode::Typed { name: Arc::from(real), ty: ty.to_string() },
                None => PNode::MetaVar(Arc::from(name.as_str())),
            },
            Hole::MetaSeq(name) => PNode::MetaSeq(Arc::from(name.as_str())),
            Hole::Ellipsis => PNode::Ellipsis,
        });
    }
    if let Some(inner) = deep_argument(node, source) {
        return Ok(PNode::Deep(Box::new(convert(inner, source, depth + 1, types)?)));
    }
    if is_string_kind(node.kind()) && !has_interpolation(node) {
        let content = string_content(text);
        let is_metavariable = content.strip_prefix('$').is_some_and(|n| {
            n.starts_with(|c: char| c.is_ascii_uppercase() || c == '_')
                && n.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        });
        return Ok(if is_metavariable {
            PNode::StringVar(Arc::from(&content[1..]))
        } else if content == "..." {
            PNode::AnyString
        } else {
            PNode::Str { content: content.to_string() }
        });
    }
    // C#'s `var` in a pattern's declaration stands for any declared type, as
    // in Semgrep: `var $D = new XmlDocument();` matches `XmlDocument d = ...`.
    if node.kind() == "implicit_type" {
        return Ok(PNode::MetaVar(Arc::from("_")));
    }
    // A modifier such as `public` is a word but no name: it stays a node of
    // its kind, which the matcher finds among the target's modifiers.
    if node.is_named()
        && !text.contains("__vgl")
        && !is_keyword_like(node.kind())
        && !crate::matcher::UNORDERED_KINDS.contains(&node.kind())
    {
        let name = crate::context::compact(text);
        if crate::context::is_dotted_name(&name) {
            return Ok(PNode::Dotted { name });
        }
    }
    // `` `...${...}...` ``: the text around a template's substitutions may be anything.
    if node.kind() == "string_fragment" && text == "..." && node.parent().is_some_and(|p| p.kind() == "template_string")
    {
        return Ok(PNode::Ellipsis);
    }
    if node.child_count() == 0 {
        return Ok(PNode::Leaf { kind: node.kind().into(), text: text.to_string() });
    }
    let mut kids = Vec::new();
    significant_children(node, &mut kids);
    let children = kids.iter().map(|k| convert(*k, source, depth + 1, types)).collect::<Result<Vec<_>, _>>()?;
    Ok(PNode::Node { kind: node.kind().into(), children })
}

/// `VGLTY3_X` → (`X`, the 4th type).
fn typed<'a>(name: &'a str, types: &'a [String]) -> Option<(&'a str, &'a str)> {
    let rest = name.strip_prefix(TYPED_PREFIX)?;
    let (index, real) = rest.split_once('_')?;
    let ty = types.get(index.parse::<usize>().ok()?)?;
    Some((real, ty))
}

/// Literal kinds whose text looks like a name but is a value.
fn is_keyword_like(kind: &str) -> bool {
    matches!(kind, "true" | "false" | "none" | "null" | "nil" | "undefined" | "this" | "self" | "super")
}

/// For the call `__vgldeep(X)` that stands for `<... X ...>`, the node X.
fn deep_argument<'t>(node: Node<'t>, source: &str) -> Option<Node<'t>> {
    if !node.kind().contains("call") && !matches!(node.kind(), "invocation_expression" | "method_invocation") {
        return None;
    }
    let text = node_text(node, source);
    let rest = text.strip_prefix(DEEP_CALL)?.trim_start().strip_prefix('(')?;
    let inner_start = node.start_byte() + (text.len() - rest.len());
    let inner_end = node.end_byte() - 1;
    // The argument: the largest node inside the parentheses.
    PreorderIter::new(node)
        .filter(|n| n.is_named() && n.start_byte() >= inner_start && n.end_byte() <= inner_end)
        .filter(|n| !matches!(n.kind(), "argument_list" | "arguments" | "argument"))
        .find(|n| trim_range(source, (n.start_byte(), n.end_byte())) == trim_range(source, (inner_start, inner_end)))
}

#[cfg(test)]
mod debug_tests {
    #[test]
    #[ignore]
    fn show() {
        let lang: vigil_core::Language = std::env::var("L").unwrap().parse().unwrap();
        let p = crate::Pattern::compile(&std::env::var("P").unwrap(), lang);
        eprintln!("{p:#?}");
        if let Ok(code) = std::env::var("C") {
            let parsed = vigil_lang::parse(lang, &code).unwrap();
            eprintln!("{}", parsed.tree.root_node().to_sexp());
        }
    }
}

//! What a file says about its own names, so that patterns match code written
//! differently from them: imports and aliases (`import subprocess as sp`
//! makes `sp.call` a `subprocess.call`), and local constants (`q = "..."`
//! makes `f(q)` an `f("...")`).

use rustc_hash::FxHashMap as HashMap;

use vigil_core::Language;
use vigil_lang::tree_sitter::Node;
use vigil_lang::FieldLookup;
use vigil_lang::{preorder_with_depths, PreorderIter};

use crate::compile::{has_interpolation, is_string_kind, string_content};

/// Facts about one file that matching consults.
#[derive(Debug, Clone, Default)]
pub struct MatchContext {
    /// Local name → the qualified name it stands for.
    aliases: HashMap<String, String>,
    /// Modules or packages imported whole (`from m import *`, Java's
    /// `import p.*;`, C#'s `using N;`), each with its separator.
    wildcards: Vec<String>,
    /// Per scope (the start byte of the enclosing function, or `usize::MAX`
    /// for the file), each name's assignments: how many, and the string the
    /// only one assigns, if it is a plain string.
    constants: HashMap<(usize, String), (usize, Option<String>)>,
    /// Byte ranges of the file's functions, for finding a node's scopes.
    functions: Vec<(usize, usize)>,
    /// Variables and parameters declared with one type (names declared with
    /// several types are left out).
    types: HashMap<String, Option<String>>,
    separator: &'static str,
}

fn text<'s>(node: Node, source: &'s str) -> &'s str {
    source.get(node.start_byte()..node.end_byte()).unwrap_or("")
}

fn child_text<'s>(node: Node, field: &'static str, source: &'s str) -> Option<&'s str> {
    node.child_by_field(field).map(|n| text(n, source))
}

fn strip_quotes(s: &str) -> &str {
    s.trim().trim_matches(|c| c == '"' || c == '\'' || c == '`')
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$')
}

/// A name's text with whitespace removed: `a . b` is `a.b`.
pub(crate) fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Whether `s` (compacted) is a dotted name: `a`, `a.b.c`, `a::b`, `a->b`.
pub(crate) fn is_dotted_name(s: &str) -> bool {
    if s.is_empty() {
        return false;
    }
    s.split(['.', ':']).filter(|part| !part.is_empty()).all(|part| part.split("->").all(is_identifier))
        && !s.starts_with(['.', ':'])
        && !s.ends_with(['.', ':'])
        && !s.contains(":::")
}

/// The bytes of a name with each `::` read as one `.`, left to right as
/// `str::replace("::", ".")` does; the same for names without `::`.
struct ColonsAsDots<I: Iterator<Item = u8>> {
    bytes: std::iter::Peekable<I>,
}

impl<I: Iterator<Item = u8>> ColonsAsDots<I> {
    fn new(bytes: I) -> Self {
        ColonsAsDots { bytes: bytes.peekable() }
    }
}

impl<I: Iterator<Item = u8>> Iterator for ColonsAsDots<I> {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        let b = self.bytes.next()?;
        if b == b':' && self.bytes.peek() == Some(&b':') {
            self.bytes.next();
            return Some(b'.');
        }
        Some(b)
    }
}

impl MatchContext {
    /// Reads the imports and constants of a parsed file.
    pub fn for_tree(lang: Language, root: Node, source: &str) -> MatchContext {
        let (nodes, depths) = preorder_with_depths(root);
        MatchContext::for_preorder(lang, &nodes, &depths, source)
    }

    /// Like [`MatchContext::for_tree`], from the tree's nodes in pre-order
    /// with their depths (as [`preorder_with_depths`] gives them), for a
    /// caller that has them already.
    pub fn for_preorder(lang: Language, nodes: &[Node], depths: &[u32], source: &str) -> MatchContext {
        let mut ctx = MatchContext {
            separator: if matches!(lang, Language::Rust | Language::Cpp | Language::Php) { "::" } else { "." },
            ..MatchContext::default()
        };
        if lang == Language::Java {
            ctx.wildcards.push("java.lang".into());
        }
        let mut assignments: HashMap<(usize, String), (usize, Option<String>)> = HashMap::default();
        // What each node kind may hold, by kind id: worked out from the kind's
        // name once per kind rather than once per node.
        let mut roles: Vec<u8> = Vec::new();
        // The stack holds, for each ancestor of the current node, its roles
        // and the scope its children are in (the start byte of the innermost
        // function, or `usize::MAX`).
        let mut ancestors: Vec<(u8, usize)> = Vec::new();
        for (&node, &depth) in nodes.iter().zip(depths) {
            ancestors.truncate(depth as usize);
            let (parent_roles, scope) = ancestors.last().copied().unwrap_or((0, usize::MAX));
            let id = usize::from(node.kind_id());
            if roles.len() <= id {
                roles.resize(id + 1, 0);
            }
            if roles[id] == 0 {
                roles[id] = kind_roles(node.kind());
            }
            let role = roles[id];
            if node.is_named() && role & INTERESTING != 0 {
                if role & IMPORT != 0 {
                    ctx.read_import(lang, node, source);
                }
                if role & DECLARATION != 0 {
                    ctx.read_declaration(node, source);
                }
                if role & ASSIGNMENT != 0 {
                    if let Some((name, value)) = assignment(node, source) {
                        let entry = assignments.entry((scope, name)).or_insert((0, None));
                        entry.0 += 1;
                        entry.1 = value;
                    }
                }
                // A parameter is set by every call: never a constant in its function.
                if parent_roles & PARAMETER != 0 && role & IDENTIFIER != 0 {
                    let entry = assignments.entry((scope, text(node, source).to_string())).or_insert((0, None));
                    entry.0 += 2;
                }
            }
            let inner_scope = if role & FUNCTION != 0 {
                ctx.functions.push((node.start_byte(), node.end_byte()));
                node.start_byte()
            } else {
                scope
            };
            // For the children, if any: the next node is one when it is deeper.
            ancestors.push((role, inner_scope));
        }
        ctx.constants = assignments;
        ctx
    }

    /// The declared type of a variable, whitespace removed (`char*`).
    pub fn declared_type(&self, name: &str) -> Option<&str> {
        self.types.get(name.trim_start_matches('$')).and_then(|t| t.as_deref())
    }

    fn declare(&mut self, name: &str, ty: String) {
        if !is_identifier(name) {
            return;
        }
        let entry = self.types.entry(name.to_string()).or_insert_with(|| Some(ty.clone()));
        if entry.as_deref() != Some(ty.as_str()) {
            *entry = None;
        }
    }

    /// Declarations with a `type` field: locals, parameters, fields.
    fn read_declaration(&mut self, node: Node, source: &str) {
        // The kind first: a field lookup by name is not free, and this runs
        // on every node of the file.
        if !node.kind().contains("declaration") && !node.kind().contains("parameter") && node.kind() != "var_spec" {
            return;
        }
        let Some(ty) = node.child_by_field("type") else { return };
        let base = compact(text(ty, source));
        let mut names: Vec<(String, String)> = Vec::new();
        if let Some(name) = node.child_by_field("name") {
            names.push((text(name, source).to_string(), base.clone()));
        }
        let mut c = node.walk();
        let declarators: Vec<Node> = node.children_by_field_name("declarator", &mut c).collect();
        let mut c2 = node.walk();
        // C#'s variable_declaration lists its declarators without a field.
        let extra: Vec<Node> = node.named_children(&mut c2).filter(|n| n.kind() == "variable_declarator").collect();
        for d in declarators.into_iter().chain(extra) {
            // `var r = new Random()`: the type is the constructed one.
            let mut ty = if base == "var" {
                match constructed_type(d, source) {
                    Some(t) => t,
                    None => continue,
                }
            } else {
                base.clone()
            };
            let mut cur = d;
            loop {
                if cur.kind() == "pointer_declarator" {
                    ty.push('*');
                }
                if matches!(cur.kind(), "identifier" | "field_identifier") {
                    names.push((text(cur, source).to_string(), ty));
                    break;
                }
                match cur.child_by_field("declarator").or_else(|| cur.child_by_field("name")) {
                    Some(next) => cur = next,
                    None => break,
                }
            }
        }
        for (name, ty) in names {
            self.declare(&name, ty);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.aliases.is_empty() && self.wildcards.is_empty() && self.constants.is_empty()
    }

    /// The string a variable holds at `at`, if the innermost scope that
    /// assigns it does so exactly once, with a plain string.
    pub fn constant_at(&self, name: &str, at: Node) -> Option<&str> {
        let name = name.trim_start_matches('$').to_string();
        let pos = at.start_byte();
        // Enclosing functions, innermost first, then the file.
        let mut scopes: Vec<&(usize, usize)> = self.functions.iter().filter(|(s, e)| *s <= pos && pos < *e).collect();
        scopes.sort_by_key(|(s, e)| e - s);
        for key in scopes.iter().map(|(s, _)| *s).chain([usize::MAX]) {
            if let Some((count, value)) = self.constants.get(&(key, name.clone())) {
                return if *count == 1 { value.as_deref() } else { None };
            }
        }
        None
    }

    /// The string a variable holds, if the file assigns it once, at the top
    /// level, with a plain string.
    pub fn constant(&self, name: &str) -> Option<&str> {
        match self.constants.get(&(usize::MAX, name.trim_start_matches('$').to_string())) {
            Some((1, value)) => value.as_deref(),
            _ => None,
        }
    }

    /// Whether a name in the file can stand for a differently written one
    /// (the file imports with aliases or wildcards).
    pub fn may_alias(&self) -> bool {
        !self.aliases.is_empty() || !self.wildcards.is_empty()
    }

    /// Whether the dotted name `target` (as written in the file) stands for
    /// `pattern` (as written in a rule).
    pub fn names_match(&self, pattern: &str, target: &str) -> bool {
        if pattern == target {
            return true;
        }
        let (first, rest) = match target.find(['.', ':']) {
            Some(i) => (&target[..i], &target[i..]),
            None => (target, ""),
        };
        if let Some(full) = self.aliases.get(first) {
            // `full + rest` against the pattern, `::` read as `.`, without
            // building either string: this runs for every node a dotted
            // pattern is tried on in a file with imports.
            let resolved = full.bytes().chain(rest.bytes());
            if ColonsAsDots::new(resolved).eq(ColonsAsDots::new(pattern.bytes())) {
                return true;
            }
        }
        self.wildcards.iter().any(|w| {
            pattern.len() > w.len() + 1
                && pattern.starts_with(w.as_str())
                && (pattern[w.len()..].strip_prefix('.').or_else(|| pattern[w.len()..].strip_prefix("::"))
                    == Some(target))
        })
    }

    /// The qualified name a local name was imported as (`randint` after
    /// `from random import randint` is `random.randint`).
    pub fn imported_as(&self, local: &str) -> Option<&str> {
        self.aliases.get(local).map(String::as_str)
    }

    fn alias(&mut self, local: &str, full: String) {
        let local = local.trim();
        if is_identifier(local) && !full.is_empty() && local != full {
            self.aliases.insert(local.to_string(), full);
        }
    }

    fn read_import(&mut self, lang: Language, node: Node, source: &str) {
        match (lang, node.kind()) {
            // `#define EXECL execl`: a macro that renames a function stands for it,
            // so `execl(...)` also matches `EXECL(...)`. With one definition per
            // platform (`#ifdef _WIN32 ... #else ... #endif`), the last one read
            // counts.
            (Language::C | Language::Cpp, "preproc_def") => {
                if let (Some(name), Some(value)) = (child_text(node, "name", source), child_text(node, "value", source))
                {
                    let value = value.trim();
                    if is_identifier(value) && !value.contains('$') {
                        self.alias(name, value.to_string());
                    }
                }
            }
            (Language::Python, "import_statement") => {
                let mut c = node.walk();
                for child in node.named_children(&mut c) {
                    if child.kind() == "aliased_import" {
                        if let (Some(name), Some(alias)) =
                            (child_text(child, "name", source), child_text(child, "alias", source))
                        {
                            self.alias(alias, compact(name));
                        }
                    }
                }
            }
            (Language::Python, "import_from_statement") => {
                let Some(module) = child_text(node, "module_name", source) else { return };
                let module = compact(module).trim_start_matches('.').to_string();
                let mut c = node.walk();
                for child in node.named_children(&mut c) {
                    match child.kind() {
                        "wildcard_import" => self.wildcards.push(module.clone()),
                        "aliased_import" => {
                            if let (Some(name), Some(alias)) =
                                (child_text(child, "name", source), child_text(child, "alias", source))
                            {
                                self.alias(alias, format!("{module}.{}", compact(name)));
                            }
                        }
                        "dotted_name" if node.child_by_field("module_name").is_none_or(|m| m.id() != child.id()) => {
                            let name = compact(text(child, source));
                            self.alias(&name, format!("{module}.{name}"));
                        }
                        _ => {}
                    }
                }
            }
            (Language::JavaScript | Language::TypeScript | Language::Tsx, "variable_declarator") => {
                let (Some(name), Some(value)) = (node.child_by_field("name"), node.child_by_field("value")) else {
                    return;
                };
                let Some(module) = required_module(value, source) else { return };
                match name.kind() {
                    "identifier" => self.alias(text(name, source), module),
                    "object_pattern" => {
                        let mut c = name.walk();
                        for prop in name.named_children(&mut c) {
                            match prop.kind() {
                                "shorthand_property_identifier_pattern" => {
                                    let n = text(prop, source);
                                    self.alias(n, format!("{module}.{n}"));
                                }
                                "pair_pattern" => {
                                    if let (Some(k), Some(v)) =
                                        (child_text(prop, "key", source), child_text(prop, "value", source))
                                    {
                                        self.alias(v, format!("{module}.{}", strip_quotes(k)));
                                    }
                                }
                                _ => {}
                            }
                        }
                    }
                    _ => {}
                }
            }
            (Language::JavaScript | Language::TypeScript | Language::Tsx, "import_statement") => {
                let Some(source_node) = node.child_by_field("source") else { return };
                let module = normalize_module(strip_quotes(text(source_node, source)));
                for n in PreorderIter::new(node) {
                    match n.kind() {
                        "import_clause" => {
                            let mut c = n.walk();
                            for child in n.named_children(&mut c) {
                                if child.kind() == "identifier" {
                                    self.alias(text(child, source), module.clone());
                                }
                            }
                        }
                        "namespace_import" => {
                            let mut c = n.walk();
                            let id = n.named_children(&mut c).find(|x| x.kind() == "identifier");
                            if let Some(id) = id {
                                self.alias(text(id, source), module.clone());
                            }
                        }
                        "import_specifier" => {
                            let Some(name) = child_text(n, "name", source) else { continue };
                            let local = child_text(n, "alias", source).unwrap_or(name);
                            self.alias(local, format!("{module}.{}", strip_quotes(name)));
                        }
                        _ => {}
                    }
                }
            }
            (Language::Java, "import_declaration") => {
                let t = compact(text(node, source));
                let t = t.trim_start_matches("import").trim_end_matches(';');
                let t = t.strip_prefix("static").unwrap_or(t);
                if let Some(pkg) = t.strip_suffix(".*") {
                    self.wildcards.push(pkg.to_string());
                } else if let Some((_, last)) = t.rsplit_once('.') {
                    self.alias(last, t.to_string());
                }
            }
            (Language::Go, "import_spec") => {
                let Some(path) = child_text(node, "path", source) else { return };
                let path = strip_quotes(path);
                let package = path.rsplit('/').next().unwrap_or(path).to_string();
                match child_text(node, "name", source) {
                    Some(".") => self.wildcards.push(package),
                    Some("_") | None => {}
                    Some(alias) => self.alias(alias, package),
                }
            }
            (Language::CSharp, "using_directive") => {
                let t = compact(text(node, source));
                let t = t.trim_start_matches("global").trim_start_matches("using").trim_end_matches(';');
                if t.starts_with("static") {
                    return;
                }
                match t.split_once('=') {
                    Some((alias, full)) => self.alias(alias, full.to_string()),
                    None => self.wildcards.push(t.to_string()),
                }
            }
            (Language::Rust, "use_declaration") => {
                let t = compact(text(node, source));
                let t = t.trim_start_matches("pub").trim_start_matches("use").trim_end_matches(';');
                if t.contains('{') {
                    return;
                }
                if let Some((full, alias)) = t.split_once("as") {
                    self.alias(alias, full.to_string());
                } else if let Some(pkg) = t.strip_suffix("::*") {
                    self.wildcards.push(pkg.to_string());
                } else if let Some((_, last)) = t.rsplit_once("::") {
                    self.alias(last, t.to_string());
                }
            }
            (Language::Php, "namespace_use_clause") => {
                let t = compact(text(node, source));
                let (full, alias) = match t.split_once("as") {
                    Some((f, a)) => (f.to_string(), a.to_string()),
                    None => (t.clone(), t.rsplit('\\').next().unwrap_or(&t).to_string()),
                };
                self.alias(&alias, full.trim_start_matches('\\').to_string());
            }
            _ => {}
        }
        let _ = self.separator;
    }
}

fn normalize_module(m: &str) -> String {
    m.strip_prefix("node:").unwrap_or(m).to_string()
}

/// For `require('m')` or `require('m').x`, the qualified name `m` / `m.x`.
fn required_module(value: Node, source: &str) -> Option<String> {
    match value.kind() {
        "call_expression" => {
            let function = value.child_by_field("function")?;
            if text(function, source) != "require" {
                return None;
            }
            let args = value.child_by_field("arguments")?;
            let mut c = args.walk();
            let first = args.named_children(&mut c).next()?;
            is_string_kind(first.kind()).then(|| normalize_module(strip_quotes(text(first, source))))
        }
        "member_expression" => {
            let object = value.child_by_field("object")?;
            let property = value.child_by_field("property")?;
            Some(format!("{}.{}", required_module(object, source)?, text(property, source)))
        }
        "await_expression" => required_module(value.named_child(0)?, source),
        _ => None,
    }
}

/// The class a declarator's initializer constructs (`x = new T(...)`).
fn constructed_type(declarator: Node, source: &str) -> Option<String> {
    let value = declarator.child_by_field("value").or_else(|| {
        let last = declarator.named_child(declarator.named_child_count().checked_sub(1)? as u32)?;
        (last.kind() != "identifier").then_some(last)
    })?;
    let value = if value.kind() == "equals_value_clause" { value.named_child(0)? } else { value };
    (value.kind() == "object_creation_expression")
        .then(|| value.child_by_field("type"))
        .flatten()
        .map(|t| compact(text(t, source)))
}

/// Roles of a node kind in [`MatchContext::for_tree`], as bits; `KNOWN`
/// marks a kind already worked out.
const KNOWN: u8 = 1;
const FUNCTION: u8 = 1 << 1;
const IMPORT: u8 = 1 << 2;
const DECLARATION: u8 = 1 << 3;
const ASSIGNMENT: u8 = 1 << 4;
const PARAMETER: u8 = 1 << 5;
const IDENTIFIER: u8 = 1 << 6;
/// Roles that make a named node worth reading.
const INTERESTING: u8 = IMPORT | DECLARATION | ASSIGNMENT | IDENTIFIER;

fn kind_roles(kind: &str) -> u8 {
    let mut roles = KNOWN;
    if vigil_lang::is_function_kind(kind) {
        roles |= FUNCTION;
    }
    if matches!(
        kind,
        "import_statement"
            | "import_from_statement"
            | "variable_declarator"
            | "import_declaration"
            | "import_spec"
            | "using_directive"
            | "use_declaration"
            | "namespace_use_clause"
            | "preproc_def"
    ) {
        roles |= IMPORT;
    }
    if kind.contains("declaration") || kind.contains("parameter") || kind == "var_spec" {
        roles |= DECLARATION;
    }
    if ASSIGNMENT_KINDS.contains(&kind) {
        roles |= ASSIGNMENT;
    }
    if kind.contains("parameter") {
        roles |= PARAMETER;
    }
    if kind.contains("identifier") {
        roles |= IDENTIFIER;
    }
    roles
}

const ASSIGNMENT_KINDS: &[&str] = &[
    "assignment",
    "augmented_assignment",
    "assignment_expression",
    "augmented_assignment_expression",
    "variable_declarator",
    "init_declarator",
    "short_var_declaration",
    "var_spec",
    "const_spec",
    "let_declaration",
    "compound_assignment_expr",
    "operator_assignment",
    "const_item",
    "static_item",
    "preproc_def",
];

/// For an assignment or declaration node, the variable it sets and, when
/// the value is a plain string literal, that string.
fn assignment(node: Node, source: &str) -> Option<(String, Option<String>)> {
    if node.kind() == "preproc_def" {
        return macro_definition(node, source);
    }
    if !ASSIGNMENT_KINDS.contains(&node.kind()) {
        return None;
    }
    let left = ["left", "name", "pattern", "declarator"].iter().find_map(|f| node.child_by_field(f))?;
    let mut name = text(left, source).trim().trim_start_matches(['*', '&', '$']).to_string();
    if let Some(i) = name.find('[') {
        name.truncate(i);
    }
    let name = name.trim().to_string();
    if !is_identifier(&name) {
        return None;
    }
    // A declaration without a value (`String data;`, `char *p;`) sets
    // nothing: the assignment that follows may still be the only one.
    if matches!(node.kind(), "variable_declarator" | "init_declarator")
        && !["value", "right"].iter().any(|f| node.child_by_field(f).is_some())
        && node.named_child_count() <= 1
    {
        return None;
    }
    let augmented = node.kind().starts_with("augmented")
        || node.kind().contains("compound")
        || node.kind() == "operator_assignment";
    let right = ["right", "value"].iter().find_map(|f| node.child_by_field(f)).or_else(|| {
        // C#'s declarator has the value as an unnamed-field child.
        let last = node.named_child(node.named_child_count().checked_sub(1)? as u32)?;
        (last.id() != left.id()).then_some(last)
    });
    let value = match right {
        Some(r) if !augmented => {
            let r = if r.kind() == "expression_list" && r.named_child_count() == 1 { r.named_child(0)? } else { r };
            (is_string_kind(r.kind()) && !has_interpolation(r)).then(|| string_content(text(r, source)).to_string())
        }
        _ => None,
    };
    Some((name, value))
}

/// `#define NAME "text"`: the macro is that string, as a variable assigned
/// once would be (`strcpy(buf, NAME)` copies a constant).
fn macro_definition(node: Node, source: &str) -> Option<(String, Option<String>)> {
    let name = child_text(node, "name", source)?.trim();
    if !is_identifier(name) {
        return None;
    }
    let value = child_text(node, "value", source).map(str::trim).unwrap_or("");
    let literal = value.trim_start_matches(['L', 'u', 'U', '8']);
    let plain = literal.len() >= 2
        && literal.starts_with('"')
        && literal.ends_with('"')
        && !literal[1..literal.len() - 1].replace("\\\\", "").replace("\\\"", "").contains('"');
    Some((name.to_string(), plain.then(|| string_content(literal).to_string())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(lang: Language, code: &str) -> MatchContext {
        let parsed = vigil_lang::parse(lang, code).unwrap();
        MatchContext::for_tree(lang, parsed.tree.root_node(), &parsed.source)
    }

    #[test]
    fn python_imports() {
        let c =
            ctx(Language::Python, "import subprocess as sp\nfrom os import system as s, popen\nfrom a.b import *\n");
        assert!(c.names_match("subprocess.call", "sp.call"));
        assert!(c.names_match("os.system", "s"));
        assert!(c.names_match("os.popen", "popen"));
        assert!(c.names_match("a.b.f", "f"));
        assert!(!c.names_match("os.system", "system"));
    }

    #[test]
    fn javascript_requires_and_imports() {
        let c = ctx(
            Language::JavaScript,
            "const cp = require('child_process'); const { exec, spawn: sp } = require('node:child_process');\nimport { execSync as run } from 'child_process'; import * as p from 'path';",
        );
        assert!(c.names_match("child_process.exec", "cp.exec"));
        assert!(c.names_match("child_process.exec", "exec"));
        assert!(c.names_match("child_process.spawn", "sp"));
        assert!(c.names_match("child_process.execSync", "run"));
        assert!(c.names_match("path.join", "p.join"));
    }

    #[test]
    fn c_macros_that_rename_functions() {
        let c = ctx(Language::C, "#ifdef _WIN32\n#define EXECL _execl\n#else\n#define EXECL execl\n#endif\n#define SIZE 100\n#define CAT(a) a\nint x;\n");
        assert!(c.names_match("execl", "EXECL"));
        assert!(!c.names_match("execl", "SIZE"));
        assert_eq!(c.imported_as("SIZE"), None);
        assert_eq!(c.imported_as("CAT"), None);
        let c = ctx(Language::Cpp, "#define GETENV getenv\nint x;\n");
        assert!(c.names_match("getenv", "GETENV"));
        let c = ctx(Language::Python, "x = 1\n");
        assert!(!c.names_match("getenv", "GETENV"));
        let c =
            ctx(Language::C, "#define CMD \"/bin/ls\"\n#define WIDE L\"x\"\n#define TWO \"a\" \"b\"\n#define N 10\n");
        assert_eq!(c.constant("CMD"), Some("/bin/ls"));
        assert_eq!(c.constant("WIDE"), Some("x"));
        assert_eq!(c.constant("TWO"), None);
        assert_eq!(c.constant("N"), None);
    }

    #[test]
    fn java_go_csharp_rust() {
        let c = ctx(Language::Java, "import static java.lang.Runtime.getRuntime; import java.security.*; class A {}");
        assert!(c.names_match("java.lang.Runtime.getRuntime", "getRuntime"));
        assert!(c.names_match("java.security.MessageDigest.getInstance", "MessageDigest.getInstance"));
        assert!(c.names_match("java.lang.Runtime.getRuntime", "Runtime.getRuntime"));
        let c = ctx(Language::Go, "package main\nimport (\n ex \"os/exec\"\n)\n");
        assert!(c.names_match("exec.Command", "ex.Command"));
        let c = ctx(Language::CSharp, "using System.Diagnostics;\nusing P = System.Diagnostics.Process;\nclass A {}");
        assert!(c.names_match("System.Diagnostics.Process.Start", "Process.Start"));
        assert!(c.names_match("System.Diagnostics.Process.Start", "P.Start"));
        let c = ctx(Language::Rust, "use std::process::Command;\nfn main() {}");
        assert!(c.names_match("std::process::Command::new", "Command::new"));
        assert!(c.names_match("std.process.Command.new", "Command::new"));
        assert!(!c.names_match("std::process::Command::new", "Command::newer"));
        assert!(!c.names_match("std::process::Command", "Command::new"));
    }

    #[test]
    fn colons_read_as_dots_like_replace() {
        for s in ["a::b", "a:::b", "a::::b", ":", "::", "a:b", "a.b", "", "::a::"] {
            let streamed: Vec<u8> = ColonsAsDots::new(s.bytes()).collect();
            assert_eq!(streamed, s.replace("::", ".").into_bytes(), "{s}");
        }
    }

    #[test]
    fn constants_are_single_plain_string_assignments() {
        let c = ctx(Language::Python, "q = 'SELECT 1'\nr = 'a'\nr = 'b'\ns = f'{x}'\nt = 'x'\nt += 'y'\n");
        assert_eq!(c.constant("q"), Some("SELECT 1"));
        assert_eq!(c.constant("r"), None);
        assert_eq!(c.constant("s"), None);
        assert_eq!(c.constant("t"), None);
        let code = "package main\nfunc f() { q := \"SELECT\"; use(q) }\nfunc g(q string) { use(q) }\n";
        let parsed = vigil_lang::parse(Language::Go, code).unwrap();
        let c = MatchContext::for_tree(Language::Go, parsed.tree.root_node(), &parsed.source);
        let uses: Vec<Node> = PreorderIter::new(parsed.tree.root_node())
            .filter(|n| {
                n.kind() == "identifier"
                    && text(*n, &parsed.source) == "q"
                    && n.parent().is_some_and(|p| p.kind() == "argument_list")
            })
            .collect();
        assert_eq!(c.constant_at("q", uses[0]), Some("SELECT"));
        assert_eq!(c.constant_at("q", uses[1]), None, "a parameter is not the other function's constant");
        let c = ctx(Language::Php, "<?php $q = 'S';");
        assert_eq!(c.constant("$q"), Some("S"));
    }
}

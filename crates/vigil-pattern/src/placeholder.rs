//! Rewriting Semgrep's holes into text each grammar parses.
//!
//! `$X` is not an identifier in Python, Go, C, C#, Rust or Ruby, and `...` is
//! not an expression in most languages, so before parsing a pattern we
//! replace them with identifiers no real code uses. The compiled tree then
//! recognises those identifiers as holes again.

use vigil_core::Language;

pub const METAVAR_PREFIX: &str = "__vglmv_";
pub const METASEQ_PREFIX: &str = "__vglms_";
pub const ELLIPSIS: &str = "__vglell";
pub const DEEP_CALL: &str = "__vgldeep";
/// A metavariable where Ruby wants a constant (a class's name).
pub const CONSTANT_PREFIX: &str = "Vglmv__";
/// The type given to an ellipsis among typed parameters: `(__vglty __vglell)`.
pub const PARAMETER_TYPE: &str = "__vglty";

/// PHP variables that look like metavariables but are the language's own.
const PHP_SUPERGLOBALS: &[&str] =
    &["_GET", "_POST", "_REQUEST", "_COOKIE", "_SERVER", "_FILES", "_ENV", "_SESSION", "GLOBALS"];

/// Metavariables named this way carry a type: `(String $X)` becomes
/// `$VGLTY0_X` with `String` at index 0 of the type table.
pub const TYPED_PREFIX: &str = "VGLTY";

/// Rewrites typed metavariables into plain ones whose names index a table
/// of types: `(String $X)` in Java, C, C++, C#; `($X : string)` in Go.
pub fn extract_typed(pattern: &str, lang: Language) -> (String, Vec<String>) {
    use std::sync::OnceLock;
    static C_LIKE: OnceLock<regex::Regex> = OnceLock::new();
    static GO: OnceLock<regex::Regex> = OnceLock::new();
    let (re, type_group, name_group) = match lang {
        Language::Java | Language::C | Language::Cpp | Language::CSharp => (
            C_LIKE.get_or_init(|| {
                regex::Regex::new(r"\(\s*([A-Za-z_][\w.:<>\[\], ]*?[\w>\]]\s*[*&]*)\s*\$([A-Z_][A-Z0-9_]*)\s*\)")
                    .expect("typed metavariable regex")
            }),
            1,
            2,
        ),
        Language::Go => (
            GO.get_or_init(|| {
                regex::Regex::new(r"\(\s*\$([A-Z_][A-Z0-9_]*)\s*:\s*([^()]+?)\s*\)").expect("typed metavariable regex")
            }),
            2,
            1,
        ),
        _ => return (pattern.to_string(), Vec::new()),
    };
    // `($T $X)`: a metavariable for the type constrains nothing.
    static ANY_TYPE: OnceLock<regex::Regex> = OnceLock::new();
    let any_type = ANY_TYPE.get_or_init(|| {
        regex::Regex::new(r"\(\s*\$[A-Z_][A-Z0-9_]*\s+(\$[A-Z_][A-Z0-9_]*)\s*\)").expect("metavariable type regex")
    });
    let pattern = &*any_type.replace_all(pattern, "$1");
    let mut types = Vec::new();
    let out = re.replace_all(pattern, |caps: &regex::Captures| {
        // `f(String $X)` is a parameter list (or a call), not a typed
        // metavariable: those stand where an expression does.
        let start = caps.get(0).map_or(0, |m| m.start());
        if pattern[..start].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            return caps[0].to_string();
        }
        let ty: String = caps[type_group].chars().filter(|c| !c.is_whitespace()).collect();
        types.push(ty);
        format!("${TYPED_PREFIX}{}_{}", types.len() - 1, &caps[name_group])
    });
    (out.into_owned(), types)
}

/// What a placeholder identifier stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hole {
    MetaVar(String),
    MetaSeq(String),
    Ellipsis,
}

/// Recognises a placeholder in the text of a leaf (a PHP variable keeps its `$`).
pub fn hole_of(text: &str) -> Option<Hole> {
    let text = text.trim().trim_end_matches(';').trim_end();
    let text = text.strip_prefix('$').unwrap_or(text);
    let text = text.strip_prefix(PARAMETER_TYPE).map_or(text, str::trim_start);
    // Python dict literals spell an ellipsis `**__vglell` (see `rewrite`).
    // C# statements spell a lone ellipsis `__vglell();` (see `rewrite`).
    if text == ELLIPSIS || text.trim_start_matches('*') == ELLIPSIS || text.trim_end_matches("()") == ELLIPSIS {
        return Some(Hole::Ellipsis);
    }
    if let Some(name) = text.strip_prefix(METAVAR_PREFIX) {
        return is_name(name).then(|| Hole::MetaVar(name.to_string()));
    }
    if let Some(name) = text.strip_prefix(CONSTANT_PREFIX) {
        return is_name(name).then(|| Hole::MetaVar(name.to_string()));
    }
    if let Some(name) = text.strip_prefix(METASEQ_PREFIX) {
        return is_name(name).then(|| Hole::MetaSeq(name.to_string()));
    }
    None
}

fn is_name(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_uppercase() || c == '_')
        && chars.all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

fn ends_statements_with_semicolon(lang: Language) -> bool {
    matches!(
        lang,
        Language::Java
            | Language::C
            | Language::Cpp
            | Language::CSharp
            | Language::Php
            | Language::Rust
            | Language::JavaScript
            | Language::TypeScript
            | Language::Tsx
    )
}

/// Rewrites the holes of `pattern` for `lang`. Text inside string literals is
/// left alone (so `"..."` stays a string that matches any string).
pub fn rewrite(pattern: &str, lang: Language) -> String {
    let var_prefix = if lang == Language::Php { "$" } else { "" };
    let bytes = pattern.as_bytes();
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut i = 0;
    let mut quote: Option<u8> = None;
    let mut brackets: Vec<u8> = Vec::new();
    // Depths of `brackets` at which a template literal's `${` opened: its
    // holes are code, and the literal resumes at the matching `}`.
    let mut substitutions: Vec<usize> = Vec::new();
    while i < bytes.len() {
        let b = bytes[i];
        if let Some(q) = quote {
            if b == b'\\' && i + 1 < bytes.len() {
                push_char(&mut out, pattern, &mut i, 2);
                continue;
            }
            if q == b'`' && pattern[i..].starts_with("${") {
                out.push_str("${");
                i += 2;
                quote = None;
                brackets.push(b'{');
                substitutions.push(brackets.len());
                continue;
            }
            if b == q {
                quote = None;
            }
            push_char(&mut out, pattern, &mut i, 1);
            continue;
        }
        if b == b'}' && substitutions.last() == Some(&brackets.len()) {
            substitutions.pop();
            brackets.pop();
            quote = Some(b'`');
            push_char(&mut out, pattern, &mut i, 1);
            continue;
        }
        let rest = &pattern[i..];
        if matches!(b, b'"' | b'\'' | b'`') {
            // A Rust lifetime or a char literal in C look like quotes; only
            // treat `'` as a quote when a closing one follows on the line.
            let closes = rest[1..].split('\n').next().is_some_and(|l| l.contains(b as char));
            if closes {
                quote = Some(b);
            }
            push_char(&mut out, pattern, &mut i, 1);
            continue;
        }
        if rest.starts_with("<...") {
            out.push_str(DEEP_CALL);
            out.push('(');
            i += 4;
            continue;
        }
        if rest.starts_with("...>") {
            out.push(')');
            i += 4;
            continue;
        }
        match b {
            b'(' | b'[' | b'{' => brackets.push(b),
            b')' | b']' | b'}' => {
                brackets.pop();
            }
            _ => {}
        }
        if rest.starts_with("...") {
            // In a Python dict, only `**x` stands alone among `k: v` pairs.
            if lang == Language::Python && brackets.last() == Some(&b'{') {
                out.push_str("**");
            }
            // A JSX attribute's value, `<a href=... />`, is an expression in braces.
            if is_jsx_attribute_value(pattern, i, lang) {
                out.push('{');
                out.push_str(ELLIPSIS);
                out.push('}');
                i += 3;
                continue;
            }
            out.push_str(ELLIPSIS);
            i += 3;
            let statement = alone_on_line(pattern, i - 3, i)
                || (braces_are_blocks(lang) && alone_in_braces(pattern, i - 3, i) && opens_block(&pattern[..i - 3]));
            // A bare name is no statement in C#; a call is.
            if lang == Language::CSharp && statement {
                out.push_str("()");
            }
            if ends_statements_with_semicolon(lang) && statement {
                out.push(';');
            }
            continue;
        }
        if b == b'$' {
            let (seq, start) = if rest.starts_with("$...") { (true, 4) } else { (false, 1) };
            let name_len = rest[start..]
                .bytes()
                .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_')
                .count();
            let name = &rest[start..start + name_len];
            let superglobal = lang == Language::Php && !seq && PHP_SUPERGLOBALS.contains(&name);
            let next_is_ident = rest[start + name_len..].chars().next().is_some_and(|c| c.is_alphanumeric());
            if name_len > 0 && is_name(name) && !superglobal && !next_is_ident {
                let declared = previous_word(&pattern[..i]);
                // A PHP function's name is no variable; a Ruby class's name is a constant.
                if !(lang == Language::Php && matches!(declared, "function" | "class")) {
                    out.push_str(var_prefix);
                }
                if lang == Language::Ruby && matches!(declared, "class" | "module") && !seq {
                    out.push_str(CONSTANT_PREFIX);
                    out.push_str(name);
                    i += start + name_len;
                    continue;
                }
                out.push_str(if seq { METASEQ_PREFIX } else { METAVAR_PREFIX });
                out.push_str(name);
                i += start + name_len;
                continue;
            }
        }
        push_char(&mut out, pattern, &mut i, 1);
    }
    out
}

fn push_char(out: &mut String, text: &str, i: &mut usize, n: usize) {
    for _ in 0..n {
        if let Some(c) = text[*i..].chars().next() {
            out.push(c);
            *i += c.len_utf8();
        }
    }
}

/// Languages where `{ ... }` can only be a block (in JavaScript it may be an
/// object literal, and in Rust a block's tail expression needs no `;`).
fn braces_are_blocks(lang: Language) -> bool {
    matches!(lang, Language::Java | Language::C | Language::Cpp | Language::CSharp | Language::Php)
}

/// `{ ... }`: the ellipsis is a block's only statement.
fn alone_in_braces(text: &str, start: usize, end: usize) -> bool {
    text[..start].trim_end().ends_with('{') && text[end..].trim_start().starts_with('}')
}

/// The word just before `at`, spaces skipped: `function` in `function $F`.
fn previous_word(before: &str) -> &str {
    let t = before.trim_end();
    let start =
        t.char_indices().rev().find(|(_, c)| !(c.is_alphanumeric() || *c == '_')).map_or(0, |(i, c)| i + c.len_utf8());
    &t[start..]
}

/// Whether the `...` at `at` follows `name=` inside a JSX element.
fn is_jsx_attribute_value(pattern: &str, at: usize, lang: Language) -> bool {
    if !matches!(lang, Language::JavaScript | Language::TypeScript | Language::Tsx)
        || !pattern.trim_start().starts_with('<')
    {
        return false;
    }
    let before = &pattern[..at];
    before.strip_suffix('=').is_some_and(|b| b.ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '-'))
}

/// Whether a `{` after `before` opens a block of statements rather than an
/// initializer (`new T {...}`, `new int[] {...}`, `= {...}`): it follows a
/// `)` (a signature, a condition), a block keyword, another brace or nothing.
fn opens_block(before: &str) -> bool {
    let t = before.trim_end().strip_suffix('{').unwrap_or(before).trim_end();
    if t.is_empty() || t.ends_with([')', '{', '}', ';']) || t.ends_with("=>") || t.ends_with("->") {
        return true;
    }
    let word = t.rsplit(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or("");
    matches!(word, "else" | "try" | "finally" | "do" | "unsafe" | "checked" | "unchecked" | "static")
}

fn alone_on_line(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].rsplit('\n').next().unwrap_or("");
    let after = text[end..].split('\n').next().unwrap_or("");
    before.trim().is_empty() && after.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holes_become_identifiers() {
        assert_eq!(rewrite("foo($X, ...)", Language::Python), "foo(__vglmv_X, __vglell)");
        assert_eq!(rewrite("f($...ARGS)", Language::Go), "f(__vglms_ARGS)");
        assert_eq!(rewrite("$X = $_", Language::Rust), "__vglmv_X = __vglmv__");
        assert_eq!(rewrite("<... $X ...>", Language::Java), "__vgldeep( __vglmv_X )");
    }

    #[test]
    fn strings_and_lowercase_dollars_are_left_alone() {
        assert_eq!(rewrite("f(\"...\", '$X')", Language::Python), "f(\"...\", '$X')");
        assert_eq!(rewrite("$(sel).html($x)", Language::JavaScript), "$(sel).html($x)");
    }

    #[test]
    fn php_keeps_variables_and_superglobals() {
        assert_eq!(rewrite("echo $_GET[$K];", Language::Php), "echo $_GET[$__vglmv_K];");
    }

    #[test]
    fn statement_ellipsis_gets_a_semicolon_where_statements_need_one() {
        assert_eq!(rewrite("a();\n...\nb();", Language::Java), "a();\n__vglell;\nb();");
        assert_eq!(rewrite("a()\n...\nb()", Language::Python), "a()\n__vglell\nb()");
    }

    #[test]
    fn template_substitutions_are_code() {
        assert_eq!(rewrite("f(`...${...}...`)", Language::JavaScript), "f(`...${__vglell}...`)");
        assert_eq!(rewrite("`a${$X}b`", Language::JavaScript), "`a${__vglmv_X}b`");
    }

    #[test]
    fn initializer_braces_are_no_block() {
        assert_eq!(rewrite("new T {...}", Language::CSharp), "new T {__vglell}");
        assert_eq!(rewrite("if (x) {...}", Language::CSharp), "if (x) {__vglell();}");
        assert_eq!(rewrite("if (x) {...}", Language::Java), "if (x) {__vglell;}");
    }

    #[test]
    fn declared_names_and_jsx_values() {
        assert_eq!(rewrite("function $F($x) {}", Language::Php), "function __vglmv_F($x) {}");
        assert_eq!(rewrite("class $C < B\nend", Language::Ruby), "class Vglmv__C < B\nend");
        assert_eq!(rewrite("<a href=... />", Language::JavaScript), "<a href={__vglell} />");
        assert_eq!(hole_of("Vglmv__C"), Some(Hole::MetaVar("C".into())));
        assert_eq!(hole_of("__vglty __vglell"), Some(Hole::Ellipsis));
    }

    #[test]
    fn parameter_lists_are_no_typed_metavariables() {
        assert_eq!(extract_typed("void f(String $X) {}", Language::Java).1.len(), 0);
        assert_eq!(extract_typed("(String $X).trim()", Language::Java).1, vec!["String".to_string()]);
    }

    #[test]
    fn placeholders_are_recognised() {
        assert_eq!(hole_of("__vglmv_X"), Some(Hole::MetaVar("X".into())));
        assert_eq!(hole_of("$__vglmv_X"), Some(Hole::MetaVar("X".into())));
        assert_eq!(hole_of("__vglell;"), Some(Hole::Ellipsis));
        assert_eq!(hole_of("__vglms_ARGS"), Some(Hole::MetaSeq("ARGS".into())));
        assert_eq!(hole_of("foo"), None);
    }
}

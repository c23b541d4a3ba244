//! Constant folding of conditions: `if ((7 * 18) + num > 200)` with
//! `int num = 86;` above always takes the same branch, and a switch on
//! `"ABC".charAt(2)` always runs the same case. Taking only the live branch
//! keeps taint that flows only through dead code from being reported.
//!
//! Deliberately small: integer, boolean, string and character literals,
//! local variables the function assigned such a literal (or a foldable
//! expression), arithmetic, comparison, boolean operators, parentheses, and
//! `"literal".charAt(n)`. Anything else is unknown, and unknown conditions
//! keep both branches, as before.

use std::collections::BTreeMap;

use vigil_lang::tree_sitter::Node;
use vigil_lang::FieldLookup;

/// How deep an expression is folded; deeper is unknown.
const MAX_DEPTH: usize = 24;

/// A value known before the program runs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Value {
    Int(i64),
    Bool(bool),
    Str(String),
    Char(char),
}

/// The constant value of `node`, if it has one. `known` holds the variables
/// known to hold constants at this point.
///
/// `integer_division`: whether `/` on two integers truncates (C, C++, C#,
/// Go, Java, Rust); elsewhere (JavaScript, Python, PHP, Ruby's floats) only
/// exact quotients are folded.
pub fn fold(node: Node, source: &str, known: &BTreeMap<String, Value>, integer_division: bool) -> Option<Value> {
    Folder { source, known, integer_division }.fold(node, 0)
}

struct Folder<'a> {
    source: &'a str,
    known: &'a BTreeMap<String, Value>,
    integer_division: bool,
}

fn text<'s>(node: Node, source: &'s str) -> &'s str {
    source.get(node.start_byte()..node.end_byte()).unwrap_or("")
}

impl Folder<'_> {
    fn fold(&self, node: Node, depth: usize) -> Option<Value> {
        let (source, known) = (self.source, self.known);
        if depth > MAX_DEPTH {
            return None;
        }
        let kind = node.kind();
        let t = text(node, source).trim();
        match kind {
            "parenthesized_expression" => {
                return node.named_child(0).and_then(|n| self.fold(n, depth + 1));
            }
            "true" | "false" | "True" | "False" | "boolean" | "boolean_literal" => {
                return match t {
                    "true" | "True" => Some(Value::Bool(true)),
                    "false" | "False" => Some(Value::Bool(false)),
                    _ => None,
                };
            }
            "integer" | "number" | "decimal_integer_literal" | "integer_literal" | "int_literal" | "number_literal" => {
                return parse_int(t).map(Value::Int);
            }
            "character_literal" | "char_literal" => {
                let inner = t.strip_prefix('\'')?.strip_suffix('\'')?;
                let mut chars = inner.chars();
                let c = chars.next()?;
                return (chars.next().is_none() && c != '\\').then_some(Value::Char(c));
            }
            "identifier" | "name" | "variable_name" => {
                return known.get(t).cloned();
            }
            _ => {}
        }
        if kind.contains("string") {
            return plain_string(node, t).map(Value::Str);
        }
        if matches!(kind, "unary_expression" | "not_operator" | "unary_operator" | "prefix_unary_expression") {
            let operand = node.child_by_field("argument").or_else(|| node.child_by_field("operand"));
            let operand =
                operand.or_else(|| node.named_child(u32::try_from(node.named_child_count().checked_sub(1)?).ok()?))?;
            let op = t[..operand.start_byte().saturating_sub(node.start_byte()).min(t.len())].trim();
            return match (op, self.fold(operand, depth + 1)?) {
                ("!" | "not", Value::Bool(b)) => Some(Value::Bool(!b)),
                ("-", Value::Int(i)) => i.checked_neg().map(Value::Int),
                ("+", Value::Int(i)) => Some(Value::Int(i)),
                _ => None,
            };
        }
        if matches!(kind, "binary_expression" | "binary_operator" | "comparison_operator" | "boolean_operator") {
            if node.child_count() != 3 {
                return None;
            }
            let left = node.child(0)?;
            let op = text(node.child(1)?, source).trim();
            let right = node.child(2)?;
            let l = self.fold(left, depth + 1)?;
            // `false && x` and `true || x` are known whatever `x` is.
            match (op, &l) {
                ("&&" | "and", Value::Bool(false)) => return Some(Value::Bool(false)),
                ("||" | "or", Value::Bool(true)) => return Some(Value::Bool(true)),
                _ => {}
            }
            let r = self.fold(right, depth + 1)?;
            return binary(op, l, r, self.integer_division);
        }
        if let Some((object, index)) = crate::lower::subscript_parts(node) {
            // `"ABC"[1]`: a one-character string (Python, JavaScript).
            let (Value::Str(s), Value::Int(i)) = (self.fold(object, depth + 1)?, self.fold(index, depth + 1)?) else {
                return None;
            };
            let chars: Vec<char> = s.chars().collect();
            let at =
                if i < 0 { chars.len().checked_sub(usize::try_from(-i).ok()?)? } else { usize::try_from(i).ok()? };
            return chars.get(at).map(|c| Value::Str(c.to_string()));
        }
        if kind == "method_invocation" {
            // Java's `"ABC".charAt(2)`.
            let object = node.child_by_field("object")?;
            let name = text(node.child_by_field("name")?, source);
            let args = node.child_by_field("arguments")?;
            if name != "charAt" || args.named_child_count() != 1 {
                return None;
            }
            let (Value::Str(s), Value::Int(i)) =
                (self.fold(object, depth + 1)?, self.fold(args.named_child(0)?, depth + 1)?)
            else {
                return None;
            };
            return s.chars().nth(usize::try_from(i).ok()?).map(Value::Char);
        }
        None
    }
}

fn parse_int(t: &str) -> Option<i64> {
    let t: String = t.chars().filter(|c| *c != '_').collect();
    let t = t.trim_end_matches(['l', 'L', 'u', 'U']);
    if let Some(hex) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        return i64::from_str_radix(hex, 16).ok();
    }
    t.parse().ok()
}

/// A string literal without interpolation or escapes, as its content.
fn plain_string(node: Node, t: &str) -> Option<String> {
    // Interpolations (`f"{x}"`, `` `${x}` ``, `"#{x}"`) are children.
    let mut c = node.walk();
    if node.named_children(&mut c).any(|n| n.kind().contains("interpolation") || n.kind().contains("substitution")) {
        return None;
    }
    let quote = t.chars().next()?;
    if !matches!(quote, '"' | '\'') || t.len() < 2 || !t.ends_with(quote) || t.contains('\\') {
        return None;
    }
    let inner = &t[1..t.len() - 1];
    // Python's triple quotes, or a string that is not one literal.
    if inner.contains(quote) {
        return None;
    }
    Some(inner.to_string())
}

fn binary(op: &str, l: Value, r: Value, integer_division: bool) -> Option<Value> {
    use Value::{Bool, Char, Int, Str};
    Some(match (l, r) {
        (Int(a), Int(b)) => match op {
            "+" => Int(a.checked_add(b)?),
            "-" => Int(a.checked_sub(b)?),
            "*" => Int(a.checked_mul(b)?),
            // Truncating division in the C family and Java; floor division
            // (`//`) in Python. They agree on non-negative operands; others
            // stay unknown. A `/` that makes a fraction elsewhere is folded
            // only when exact.
            "/" if b > 0 && a >= 0 && (integer_division || a % b == 0) => Int(a / b),
            "//" if a >= 0 && b > 0 => Int(a / b),
            "%" if a >= 0 && b > 0 => Int(a % b),
            _ => return compare(op, a.cmp(&b)),
        },
        (Bool(a), Bool(b)) => match op {
            "&&" | "and" => Bool(a && b),
            "||" | "or" => Bool(a || b),
            "==" | "is" => Bool(a == b),
            "!=" => Bool(a != b),
            _ => return None,
        },
        (Str(a), Str(b)) => match op {
            "+" => Str(a + &b),
            "==" => Bool(a == b),
            "!=" => Bool(a != b),
            _ => return None,
        },
        (Char(a), Char(b)) => return compare(op, a.cmp(&b)),
        _ => return None,
    })
}

fn compare(op: &str, ord: std::cmp::Ordering) -> Option<Value> {
    use std::cmp::Ordering::{Equal, Greater, Less};
    Some(Value::Bool(match op {
        "<" => ord == Less,
        "<=" => ord != Greater,
        ">" => ord == Greater,
        ">=" => ord != Less,
        "==" | "===" => ord == Equal,
        "!=" | "!==" | "<>" => ord != Equal,
        _ => return None,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigil_core::Language;

    /// Folds `expr`, placed as the value of a declaration in `lang`.
    fn fold_last(lang: Language, expr: &str, known: &[(&str, Value)]) -> Option<Value> {
        let (before, after) = match lang {
            Language::Java => ("class A { void f() { Object b = ", "; } }"),
            Language::Python => ("b = ", "\n"),
            _ => ("const b = ", ";\n"),
        };
        let code = format!("{before}{expr}{after}");
        let parsed = vigil_lang::parse(lang, &code).unwrap();
        let known: BTreeMap<String, Value> = known.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
        let (start, end) = (before.len(), before.len() + expr.len());
        let mut node = parsed.tree.root_node().descendant_for_byte_range(start, end).unwrap();
        while let Some(p) = node.parent().filter(|p| p.start_byte() == start && p.end_byte() == end) {
            node = p;
        }
        assert_eq!((node.start_byte(), node.end_byte()), (start, end), "{}", node.to_sexp());
        fold(node, &parsed.source, &known, lang == Language::Java)
    }

    #[test]
    fn arithmetic_and_comparison() {
        let n = [("num", Value::Int(86))];
        assert_eq!(fold_last(Language::Java, "(7 * 18) + num > 200", &n), Some(Value::Bool(true)));
        assert_eq!(fold_last(Language::Java, "(500 / 42) + num > 200", &n), Some(Value::Bool(false)));
        assert_eq!(fold_last(Language::Python, "(7 * 18) + num > 200", &n), Some(Value::Bool(true)));
        assert_eq!(fold_last(Language::JavaScript, "num - 86 === 0", &n), Some(Value::Bool(true)));
        assert_eq!(fold_last(Language::Java, "other > 200", &n), None);
        assert_eq!(fold_last(Language::Java, "x == 1 || 2 > 1", &n), None);
        assert_eq!(fold_last(Language::Java, "2 > 1 || x == 1", &n), Some(Value::Bool(true)));
        assert_eq!(fold_last(Language::Python, "not (num > 100)", &n), Some(Value::Bool(true)));
        assert_eq!(fold_last(Language::Java, "9223372036854775807 + 1 > 0", &n), None);
    }

    #[test]
    fn strings_and_characters() {
        assert_eq!(fold_last(Language::Java, "\"ABC\".charAt(2)", &[]), Some(Value::Char('C')));
        let g = [("guess", Value::Str("ABC".into()))];
        assert_eq!(fold_last(Language::Java, "guess.charAt(1)", &g), Some(Value::Char('B')));
        assert_eq!(fold_last(Language::Java, "guess.charAt(7)", &g), None);
        assert_eq!(fold_last(Language::Python, "f\"{x}\" == \"a\"", &[]), None);
        assert_eq!(fold_last(Language::Python, "\"a\" + \"b\" == \"ab\"", &[]), Some(Value::Bool(true)));
    }
}

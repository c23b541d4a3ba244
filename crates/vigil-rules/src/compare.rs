//! `metavariable-comparison`: a small Python-like expression language over
//! metavariables. Numbers, strings, `True`/`False`, `$X`, `int()`, `str()`,
//! `float()`, `len()`, `re.match()`, arithmetic, comparisons, `in`, `not`,
//! `and`, `or`, parentheses.

use crate::model::CmpExpr;
use crate::rule_regex::RuleRegex;

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(String),
    Str(String),
    Ident(String),
    MetaVar(String),
    Op(&'static str),
}

fn lex(src: &str) -> Result<Vec<Tok>, String> {
    let mut toks = Vec::new();
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    const OPS: [&str; 19] =
        ["==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%", "(", ")", ",", "!", "&&", "||", ".", "//"];
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '.' || chars[i] == '_') {
                i += 1;
            }
            toks.push(Tok::Num(chars[start..i].iter().collect()));
        } else if c == '"' || c == '\'' {
            let mut s = String::new();
            i += 1;
            loop {
                match chars.get(i) {
                    None => return Err("unterminated string".into()),
                    Some('\\') => {
                        if let Some(&n) = chars.get(i + 1) {
                            s.push(n);
                        }
                        i += 2;
                    }
                    Some(&q) if q == c => {
                        i += 1;
                        break;
                    }
                    Some(&o) => {
                        s.push(o);
                        i += 1;
                    }
                }
            }
            toks.push(Tok::Str(s));
        } else if c == '$' {
            let start = i + 1;
            i += 1;
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            toks.push(Tok::MetaVar(chars[start..i].iter().collect()));
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            toks.push(Tok::Ident(chars[start..i].iter().collect()));
        } else {
            let rest: String = chars[i..chars.len().min(i + 2)].iter().collect();
            let op = OPS
                .iter()
                .filter(|op| rest.starts_with(**op))
                .max_by_key(|op| op.len())
                .ok_or_else(|| format!("unexpected `{c}` in comparison"))?;
            toks.push(Tok::Op(op));
            i += op.chars().count();
        }
    }
    Ok(toks)
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
}

/// Parses a comparison expression.
pub fn parse_comparison(src: &str) -> Result<CmpExpr, String> {
    let mut p = Parser { toks: lex(src)?, pos: 0 };
    let e = p.expr(0)?;
    if p.pos != p.toks.len() {
        return Err(format!("unexpected {:?} in comparison", p.toks[p.pos]));
    }
    Ok(e)
}

fn binary_precedence(t: &Tok) -> Option<(&'static str, u8)> {
    Some(match t {
        Tok::Ident(w) if w == "or" => ("or", 1),
        Tok::Op("||") => ("or", 1),
        Tok::Ident(w) if w == "and" => ("and", 2),
        Tok::Op("&&") => ("and", 2),
        Tok::Ident(w) if w == "in" => ("in", 4),
        Tok::Op(op @ ("==" | "!=" | "<" | "<=" | ">" | ">=")) => (op, 4),
        Tok::Op(op @ ("+" | "-")) => (op, 5),
        Tok::Op(op @ ("*" | "/" | "%" | "//")) => (op, 6),
        _ => return None,
    })
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }

    fn next(&mut self) -> Option<Tok> {
        let t = self.toks.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    fn expect(&mut self, op: &str) -> Result<(), String> {
        match self.next() {
            Some(Tok::Op(o)) if o == op => Ok(()),
            other => Err(format!("expected `{op}`, found {other:?}")),
        }
    }

    fn expr(&mut self, min: u8) -> Result<CmpExpr, String> {
        let mut lhs = self.unary()?;
        loop {
            // `not in`
            let negated_in = matches!(self.peek(), Some(Tok::Ident(w)) if w == "not")
                && matches!(self.toks.get(self.pos + 1), Some(Tok::Ident(w)) if w == "in");
            let (op, prec) = if negated_in {
                ("not in", 4)
            } else {
                match self.peek().and_then(binary_precedence) {
                    Some(x) => x,
                    None => break,
                }
            };
            if prec < min {
                break;
            }
            self.pos += if negated_in { 2 } else { 1 };
            let rhs = self.expr(prec + 1)?;
            lhs = CmpExpr::Binary(op.to_string(), Box::new(lhs), Box::new(rhs));
        }
        Ok(lhs)
    }

    fn unary(&mut self) -> Result<CmpExpr, String> {
        match self.peek() {
            Some(Tok::Ident(w)) if w == "not" => {
                self.pos += 1;
                Ok(CmpExpr::Unary("not".into(), Box::new(self.expr(3)?)))
            }
            Some(Tok::Op("!")) => {
                self.pos += 1;
                Ok(CmpExpr::Unary("not".into(), Box::new(self.expr(3)?)))
            }
            Some(Tok::Op("-")) => {
                self.pos += 1;
                Ok(CmpExpr::Unary("-".into(), Box::new(self.unary()?)))
            }
            _ => self.atom(),
        }
    }

    fn atom(&mut self) -> Result<CmpExpr, String> {
        match self.next() {
            Some(Tok::Num(n)) => parse_number(&n).ok_or_else(|| format!("bad number `{n}`")),
            Some(Tok::Str(s)) => Ok(CmpExpr::Str(s)),
            Some(Tok::MetaVar(m)) => Ok(CmpExpr::MetaVar(m)),
            Some(Tok::Op("(")) => {
                let e = self.expr(0)?;
                self.expect(")")?;
                Ok(e)
            }
            Some(Tok::Ident(w)) => match w.as_str() {
                "True" | "true" => Ok(CmpExpr::Bool(true)),
                "False" | "false" => Ok(CmpExpr::Bool(false)),
                _ => {
                    let mut name = w;
                    while matches!(self.peek(), Some(Tok::Op("."))) {
                        self.pos += 1;
                        match self.next() {
                            Some(Tok::Ident(part)) => name = format!("{name}.{part}"),
                            other => return Err(format!("unexpected {other:?} after `.`")),
                        }
                    }
                    if !matches!(name.as_str(), "int" | "str" | "float" | "len" | "re.match" | "re.search") {
                        return Err(format!("unknown function `{name}` in comparison"));
                    }
                    self.expect("(")?;
                    let mut args = Vec::new();
                    if !matches!(self.peek(), Some(Tok::Op(")"))) {
                        loop {
                            args.push(self.expr(0)?);
                            if matches!(self.peek(), Some(Tok::Op(","))) {
                                self.pos += 1;
                                continue;
                            }
                            break;
                        }
                    }
                    self.expect(")")?;
                    Ok(CmpExpr::Call(name, args))
                }
            },
            other => Err(format!("unexpected {other:?} in comparison")),
        }
    }
}

fn parse_number(n: &str) -> Option<CmpExpr> {
    let clean = n.replace('_', "");
    let lower = clean.to_ascii_lowercase();
    let int = if let Some(h) = lower.strip_prefix("0x") {
        i64::from_str_radix(h, 16).ok()
    } else if let Some(o) = lower.strip_prefix("0o") {
        i64::from_str_radix(o, 8).ok()
    } else if let Some(b) = lower.strip_prefix("0b") {
        i64::from_str_radix(b, 2).ok()
    } else {
        lower.trim_end_matches(['l', 'u']).parse().ok()
    };
    match int {
        Some(i) => Some(CmpExpr::Int(i)),
        None => lower.trim_end_matches(['f', 'd']).parse().ok().map(CmpExpr::Float),
    }
}

/// A value during evaluation.
#[derive(Debug, Clone, PartialEq)]
pub enum CmpValue {
    Int(i64),
    Float(f64),
    Str(String),
    Bool(bool),
}

impl CmpValue {
    fn truthy(&self) -> bool {
        match self {
            CmpValue::Int(i) => *i != 0,
            CmpValue::Float(f) => *f != 0.0,
            CmpValue::Str(s) => !s.is_empty(),
            CmpValue::Bool(b) => *b,
        }
    }

    fn as_f64(&self) -> Option<f64> {
        match self {
            CmpValue::Int(i) => Some(*i as f64),
            CmpValue::Float(f) => Some(*f),
            CmpValue::Bool(b) => Some(*b as i64 as f64),
            CmpValue::Str(_) => None,
        }
    }

    fn text(&self) -> String {
        match self {
            CmpValue::Int(i) => i.to_string(),
            CmpValue::Float(f) => f.to_string(),
            CmpValue::Str(s) => s.clone(),
            CmpValue::Bool(b) => if *b { "True" } else { "False" }.into(),
        }
    }
}

/// The value of a metavariable's code: a number when it is a numeric
/// literal, the content of a string literal, else the code itself.
pub fn value_of_code(code: &str) -> CmpValue {
    let t = code.trim();
    if let Some(CmpExpr::Int(i)) = parse_number(t) {
        return CmpValue::Int(i);
    }
    if let Some(CmpExpr::Float(f)) = parse_number(t) {
        if t.starts_with(|c: char| c.is_ascii_digit()) {
            return CmpValue::Float(f);
        }
    }
    let unquoted = t
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .or_else(|| t.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')));
    CmpValue::Str(unquoted.unwrap_or(t).to_string())
}

/// Evaluates `e`, reading metavariables through `lookup`. `None` when a
/// metavariable is unbound or a value has the wrong type: the comparison
/// then does not hold.
pub fn evaluate(e: &CmpExpr, lookup: &dyn Fn(&str) -> Option<String>) -> Option<CmpValue> {
    Some(match e {
        CmpExpr::Int(i) => CmpValue::Int(*i),
        CmpExpr::Float(f) => CmpValue::Float(*f),
        CmpExpr::Str(s) => CmpValue::Str(s.clone()),
        CmpExpr::Bool(b) => CmpValue::Bool(*b),
        CmpExpr::MetaVar(m) => value_of_code(&lookup(m)?),
        CmpExpr::Unary(op, inner) => {
            let v = evaluate(inner, lookup)?;
            match op.as_str() {
                "not" => CmpValue::Bool(!v.truthy()),
                _ => match v {
                    CmpValue::Int(i) => CmpValue::Int(-i),
                    CmpValue::Float(f) => CmpValue::Float(-f),
                    _ => return None,
                },
            }
        }
        CmpExpr::Call(name, args) => {
            let vals: Vec<CmpValue> = args.iter().map(|a| evaluate(a, lookup)).collect::<Option<_>>()?;
            match (name.as_str(), vals.as_slice()) {
                ("int", [CmpValue::Str(s)]) => match parse_number(s.trim())? {
                    CmpExpr::Int(i) => CmpValue::Int(i),
                    CmpExpr::Float(f) => CmpValue::Int(f as i64),
                    _ => return None,
                },
                ("int", [v]) => CmpValue::Int(v.as_f64()? as i64),
                ("float", [v]) => match v {
                    CmpValue::Str(s) => CmpValue::Float(s.trim().parse().ok()?),
                    v => CmpValue::Float(v.as_f64()?),
                },
                ("str", [v]) => CmpValue::Str(v.text()),
                ("len", [v]) => CmpValue::Int(v.text().chars().count() as i64),
                ("re.match" | "re.search", [pattern, subject]) => {
                    let p = pattern.text();
                    let p = if name == "re.match" { format!("\\A(?:{p})") } else { p };
                    CmpValue::Bool(RuleRegex::new(&p).ok()?.is_match(&subject.text()))
                }
                _ => return None,
            }
        }
        CmpExpr::Binary(op, l, r) => {
            if op == "and" {
                let lv = evaluate(l, lookup)?;
                return if lv.truthy() { evaluate(r, lookup) } else { Some(lv) };
            }
            if op == "or" {
                let lv = evaluate(l, lookup)?;
                return if lv.truthy() { Some(lv) } else { evaluate(r, lookup) };
            }
            let lv = evaluate(l, lookup)?;
            let rv = evaluate(r, lookup)?;
            match op.as_str() {
                "in" => CmpValue::Bool(rv.text().contains(&lv.text())),
                "not in" => CmpValue::Bool(!rv.text().contains(&lv.text())),
                "==" | "!=" | "<" | "<=" | ">" | ">=" => {
                    let ord = match (lv.as_f64(), rv.as_f64()) {
                        (Some(a), Some(b)) => a.partial_cmp(&b)?,
                        _ => match (&lv, &rv) {
                            (CmpValue::Str(a), CmpValue::Str(b)) => a.cmp(b),
                            _ if op == "==" => return Some(CmpValue::Bool(false)),
                            _ if op == "!=" => return Some(CmpValue::Bool(true)),
                            _ => return None,
                        },
                    };
                    use std::cmp::Ordering::*;
                    CmpValue::Bool(match op.as_str() {
                        "==" => ord == Equal,
                        "!=" => ord != Equal,
                        "<" => ord == Less,
                        "<=" => ord != Greater,
                        ">" => ord == Greater,
                        _ => ord != Less,
                    })
                }
                _ => match (&lv, &rv) {
                    (CmpValue::Int(a), CmpValue::Int(b)) => CmpValue::Int(match op.as_str() {
                        "+" => a.checked_add(*b)?,
                        "-" => a.checked_sub(*b)?,
                        "*" => a.checked_mul(*b)?,
                        "/" | "//" => a.checked_div(*b)?,
                        _ => a.checked_rem(*b)?,
                    }),
                    (CmpValue::Str(a), CmpValue::Str(b)) if op == "+" => CmpValue::Str(format!("{a}{b}")),
                    _ => {
                        let (a, b) = (lv.as_f64()?, rv.as_f64()?);
                        CmpValue::Float(match op.as_str() {
                            "+" => a + b,
                            "-" => a - b,
                            "*" => a * b,
                            "/" | "//" => a / b,
                            _ => a % b,
                        })
                    }
                },
            }
        }
    })
}

/// Whether the comparison holds under the bindings.
pub fn holds(e: &CmpExpr, lookup: &dyn Fn(&str) -> Option<String>) -> bool {
    evaluate(e, lookup).is_some_and(|v| v.truthy())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(src: &str, x: &str) -> bool {
        let e = parse_comparison(src).unwrap();
        holds(&e, &|name| (name == "X").then(|| x.to_string()))
    }

    #[test]
    fn numbers_and_conversions() {
        assert!(check("$X < 2048", "1024"));
        assert!(!check("$X < 2048", "4096"));
        assert!(check("int($X) == 255", "0xff"));
        assert!(check("$X >= 1 and $X <= 3 or $X == 10", "10"));
        assert!(check("not ($X > 5)", "3"));
        assert!(check("$X * 2 + 1 == 7", "3"));
    }

    #[test]
    fn strings_and_regexes() {
        assert!(check("str($X) == 'md5'", "\"md5\""));
        assert!(check("$X in 'abc'", "'b'"));
        assert!(check("re.match('^sha', $X)", "'sha1'"));
        assert!(!check("re.match('sha', $X)", "'xsha1'"));
        assert!(check("len($X) < 4", "'abc'"));
    }

    #[test]
    fn unbound_or_ill_typed_comparisons_do_not_hold() {
        assert!(!check("$Y > 1", "5"));
        assert!(!check("$X > 1", "'a'"));
        assert!(parse_comparison("$X >").is_err());
        assert!(parse_comparison("exec($X)").is_err());
    }
}

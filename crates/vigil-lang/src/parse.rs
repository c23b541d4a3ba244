use std::borrow::Cow;
use std::ops::ControlFlow;
use std::time::{Duration, Instant};

use tree_sitter::{ParseOptions, Parser, Tree};
use vigil_core::Language;

use crate::{grammar, repair::closing_suffix};

/// Parsing gives up after this long: tree-sitter is linear in practice, so
/// only a pathological input gets near it.
pub const DEFAULT_PARSE_BUDGET: Duration = Duration::from_secs(10);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("{0} has no grammar; only regex rules apply to it")]
    NoGrammar(Language),
    #[error("the {0} grammar could not be loaded: {1}")]
    Grammar(Language, String),
    #[error("parsing took longer than {0:?} and was abandoned")]
    Timeout(Duration),
}

/// A parsed text. `source` is what was parsed: the original text, followed by
/// any repair suffix. Byte offsets below `original_len` are the user's text.
pub struct Parsed<'a> {
    pub language: Language,
    pub source: Cow<'a, str>,
    pub tree: Tree,
    pub original_len: usize,
    /// Whether closers were appended to make a truncated snippet parse.
    pub repaired: bool,
}

impl Parsed<'_> {
    /// Whether the tree has syntax errors (after any repair).
    pub fn has_errors(&self) -> bool {
        self.tree.root_node().has_error()
    }

    /// How many ERROR and MISSING nodes the tree has (capped at 10,000):
    /// used to check that a fix did not break the code.
    pub fn error_count(&self) -> usize {
        error_count(&self.tree)
    }

    /// The original text, without the repair suffix.
    pub fn original(&self) -> &str {
        &self.source[..self.original_len]
    }
}

thread_local! {
    static PARSERS: std::cell::RefCell<Parser> = std::cell::RefCell::new(Parser::new());
}

/// Parses `text` as `lang` within [`DEFAULT_PARSE_BUDGET`].
pub fn parse(lang: Language, text: &str) -> Result<Parsed<'_>, ParseError> {
    parse_with_budget(lang, text, DEFAULT_PARSE_BUDGET)
}

/// Parses `text` as `lang`, abandoning the parse after `budget`.
pub fn parse_with_budget(lang: Language, text: &str, budget: Duration) -> Result<Parsed<'_>, ParseError> {
    parse_inner(lang, text, budget, true)
}

/// Parses `text` exactly as it is, without closing what a truncation left
/// open: for checking that an edit keeps code valid.
pub fn parse_exact(lang: Language, text: &str) -> Result<Parsed<'_>, ParseError> {
    parse_inner(lang, text, DEFAULT_PARSE_BUDGET, false)
}

fn parse_inner(lang: Language, text: &str, budget: Duration, repair: bool) -> Result<Parsed<'_>, ParseError> {
    let grammar = grammar(lang, text).ok_or(ParseError::NoGrammar(lang))?;
    // Go's grammar wants a final newline after the last statement.
    let mut source: Cow<'_, str> = if lang == Language::Go && !text.ends_with('\n') {
        Cow::Owned(format!("{text}\n"))
    } else {
        Cow::Borrowed(text)
    };
    let deadline = Instant::now() + budget;
    let tree = PARSERS.with(|cell| {
        let mut parser = cell.borrow_mut();
        parser.set_language(&grammar).map_err(|e| ParseError::Grammar(lang, e.to_string()))?;
        let mut tree = run(&mut parser, &source, deadline).ok_or(ParseError::Timeout(budget))?;
        let mut repaired = false;
        if repair && tree.root_node().has_error() {
            let hash_comments = matches!(lang, Language::Python | Language::Ruby | Language::Php);
            let suffix = closing_suffix(&source, hash_comments);
            if !suffix.is_empty() {
                let candidate = format!("{}{}{}", source, suffix, if lang == Language::Go { "\n" } else { "" });
                if let Some(better) = run(&mut parser, &candidate, deadline) {
                    if error_count(&better) < error_count(&tree) {
                        tree = better;
                        source = Cow::Owned(candidate);
                        repaired = true;
                    }
                }
            }
        }
        Ok::<_, ParseError>((tree, repaired))
    })?;
    Ok(Parsed { language: lang, source, tree: tree.0, original_len: text.len(), repaired: tree.1 })
}

fn run(parser: &mut Parser, text: &str, deadline: Instant) -> Option<Tree> {
    let bytes = text.as_bytes();
    let mut progress = |_: &tree_sitter::ParseState| {
        if Instant::now() > deadline {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    };
    let options = ParseOptions::new().progress_callback(&mut progress);
    let tree = parser.parse_with_options(&mut |offset, _| bytes.get(offset..).unwrap_or_default(), None, Some(options));
    if tree.is_none() {
        // A cancelled parse leaves state behind that the next parse would resume.
        parser.reset();
    }
    tree
}

/// ERROR and MISSING nodes in the tree, capped: used to compare a repaired
/// parse with the original.
fn error_count(tree: &Tree) -> usize {
    if !tree.root_node().has_error() {
        return 0;
    }
    crate::PreorderIter::new(tree.root_node()).filter(|n| n.is_error() || n.is_missing()).take(10_000).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sexp(lang: Language, text: &str) -> String {
        parse(lang, text).unwrap().tree.root_node().to_sexp()
    }

    #[test]
    fn every_language_parses_a_small_program() {
        let programs = [
            (Language::Python, "import os\nos.system(cmd)\n"),
            (Language::JavaScript, "const x = require('y'); eval(x);"),
            (Language::TypeScript, "let x: string = f(); eval(x);"),
            (Language::Tsx, "const a = <div dangerouslySetInnerHTML={{__html: x}} />;"),
            (Language::Java, "class A { void f() { Runtime.getRuntime().exec(c); } }"),
            (Language::C, "int main() { char b[8]; gets(b); }"),
            (Language::Cpp, "int main() { std::string s; system(s.c_str()); }"),
            (Language::Go, "package main\nfunc main() { exec.Command(x) }"),
            (Language::Php, "<?php system($_GET['c']);"),
            (Language::CSharp, "class A { void F() { Process.Start(x); } }"),
            (Language::Ruby, "system(params[:cmd])\n"),
            (Language::Rust, "fn main() { let x = 1; }"),
        ];
        for (lang, text) in programs {
            let parsed = parse(lang, text).unwrap();
            assert!(!parsed.has_errors(), "{lang}: {}", parsed.tree.root_node().to_sexp());
        }
    }

    #[test]
    fn php_without_open_tag_is_code_not_html() {
        let s = sexp(Language::Php, "system($_GET['c']);");
        assert!(s.contains("function_call_expression"), "{s}");
        assert!(!s.contains("text"), "{s}");
    }

    #[test]
    fn go_without_final_newline_parses_cleanly() {
        let parsed = parse(Language::Go, "package main\nfunc main() {}").unwrap();
        assert!(!parsed.has_errors());
        assert_eq!(parsed.original(), "package main\nfunc main() {}");
    }

    #[test]
    fn truncated_last_line_is_closed() {
        let text = "import os\ndef run(cmd):\n    os.system(\"sh -c \" + cmd";
        let parsed = parse(Language::Python, text).unwrap();
        assert!(parsed.repaired);
        assert!(!parsed.has_errors(), "{}", parsed.tree.root_node().to_sexp());
        assert_eq!(parsed.original(), text);
        assert!(parsed.tree.root_node().to_sexp().contains("call"));
    }

    #[test]
    fn hostile_inputs_do_not_crash() {
        let deep = "(".repeat(100_000);
        let long_line = "a".repeat(1_000_000);
        for lang in Language::PARSED {
            for text in ["", "\0\0\0", deep.as_str(), long_line.as_str(), "\u{fffd}\u{fffd}}}}{{{"] {
                let parsed = parse(lang, text).unwrap();
                assert!(parsed.source.len() >= text.len());
            }
        }
    }

    #[test]
    fn a_tiny_budget_times_out_instead_of_hanging() {
        let big = "x = f(1)\n".repeat(200_000);
        let result = parse_with_budget(Language::Python, &big, Duration::from_nanos(1));
        assert!(matches!(result, Err(ParseError::Timeout(_))), "expected a timeout");
        // The thread's parser is usable again afterwards.
        assert!(!parse(Language::Python, "x = 1\n").unwrap().has_errors());
    }

    #[test]
    fn generic_has_no_grammar() {
        assert_eq!(parse(Language::Generic, "x").err(), Some(ParseError::NoGrammar(Language::Generic)));
    }
}

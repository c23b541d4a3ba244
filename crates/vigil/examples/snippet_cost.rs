//! Scans or parses one benchmark snippet a number of times, for counting
//! instructions with callgrind (repeatable on a noisy machine, unlike time):
//!
//! ```text
//! valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*snippet_cost*measure*' \
//!     target/release/examples/snippet_cost scan python 100
//! ```
//!
//! Only `measure` is counted, so building the scanner is not. Modes: `scan`
//! (the built-in rules, as `benches/scan.rs`) and `parse` (tree-sitter only).
//! Snippets: python, javascript, c, answer.

use std::hint::black_box;
use std::path::Path;

use vigil::{Language, Scanner};

#[path = "../benches/common/snippets.rs"]
mod snippets;

/// The counted function: callgrind's `--toggle-collect` names it.
#[inline(never)]
fn measure(scanner: &Scanner, scan: bool, text: &str, lang: Option<Language>, file: &str, n: usize) -> usize {
    run(scanner, scan, text, lang, file, n)
}

#[inline(never)]
fn run(scanner: &Scanner, scan: bool, text: &str, lang: Option<Language>, file: &str, n: usize) -> usize {
    let path = Path::new(file);
    let mut total = 0;
    for _ in 0..n {
        total += match (scan, lang) {
            (true, Some(lang)) => scanner.scan_code(black_box(text), lang, path).findings.len(),
            (true, None) => scanner.scan_answer(black_box(text), path).findings.len(),
            (false, Some(lang)) => {
                vigil_lang::parse(lang, black_box(text)).map_or(0, |p| p.tree.root_node().child_count() as usize)
            }
            (false, None) => {
                let mut nodes = 0;
                for block in vigil_input::code_blocks(black_box(text)) {
                    if let Some(lang) = block.language.filter(|l| *l != Language::Generic) {
                        if let Ok(parsed) = vigil_lang::parse(lang, &block.text) {
                            nodes += parsed.tree.root_node().child_count() as usize;
                        }
                    }
                }
                nodes
            }
        };
    }
    total
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mode, name, n) = match args.as_slice() {
        [mode, name, n] => (mode.as_str(), name.as_str(), n.parse().expect("a count")),
        _ => {
            eprintln!("usage: snippet_cost scan|parse python|javascript|c|answer COUNT");
            std::process::exit(2);
        }
    };
    let (_, text, lang, file) = snippets::CASES.into_iter().find(|c| c.0 == name).expect("unknown snippet");
    let scanner = Scanner::with_builtin_rules();
    // One untimed run first, so lazily built state is not counted.
    run(&scanner, mode == "scan", text, lang, file, 1);
    let total = measure(&scanner, mode == "scan", text, lang, file, n);
    println!("{mode} {name} x{n}: {total}");
}

//! In-process benchmarks: one realistic snippet per language and a chat
//! answer, scanned with the built-in rule pack, and the same texts parsed
//! only (tree-sitter, no rules) for the scan/parse ratio.
//!
//! ```text
//! cargo bench -p vigil --bench scan
//! cargo bench -p vigil --bench scan -- python      # one group
//! ```
//!
//! The scanner is built once, outside the measured loop, as a library user
//! (an editor plugin, a guard proxy) would. See `docs/PERFORMANCE.md`.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use vigil::{Language, Scanner};

mod common;
use common::snippets::CASES;

fn config() -> Criterion {
    Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3)).sample_size(50)
}

fn snippets(c: &mut Criterion) {
    let scanner = Scanner::with_builtin_rules();
    for (name, text, lang, file) in CASES {
        let path = Path::new(file);
        let scan = match lang {
            Some(lang) => scanner.scan_code(text, lang, path),
            None => scanner.scan_answer(text, path),
        };
        eprintln!(
            "{name}: {} bytes, {} lines, {} findings with {} rules",
            text.len(),
            text.lines().count(),
            scan.findings.len(),
            scanner.rules().len()
        );
        let mut group = c.benchmark_group(name);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("scan", |b| match lang {
            Some(lang) => b.iter(|| scanner.scan_code(black_box(text), lang, path)),
            None => b.iter(|| scanner.scan_answer(black_box(text), path)),
        });
        // Parsing only: every code block of the answer, as the scan would
        // parse it, plus splitting the answer into blocks.
        group.bench_function("parse", |b| match lang {
            Some(lang) => b.iter(|| vigil_lang::parse(lang, black_box(text)).map(|p| p.tree)),
            None => b.iter(|| {
                let mut nodes = 0;
                for block in vigil_input::code_blocks(black_box(text)) {
                    if let Some(lang) = block.language.filter(|l| *l != Language::Generic) {
                        if let Ok(parsed) = vigil_lang::parse(lang, &block.text) {
                            nodes += parsed.tree.root_node().child_count();
                        }
                    }
                }
                nodes
            }),
        });
        group.finish();
    }
}

/// Building the scanner (compiling the built-in pack), for a sense of the
/// one-time cost a CLI run pays.
fn build(c: &mut Criterion) {
    c.bench_function("scanner/build", |b| b.iter(Scanner::with_builtin_rules));
}

criterion_group! {
    name = benches;
    config = config();
    targets = snippets, build
}
criterion_main!(benches);

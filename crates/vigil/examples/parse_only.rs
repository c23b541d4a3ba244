//! The parse-only baseline for `bench/whole-scan.sh`: walks paths exactly as
//! `vigil scan` does (same walker, ignore files, decoding, skips and threads)
//! and parses every recognised code file and every Markdown code block with
//! tree-sitter, but runs no rule. With `--scan` it runs the built-in rules
//! instead, through `Scanner::scan_paths`, in the same process, so both modes
//! differ only by the rules.
//!
//! ```text
//! cargo run --release -p vigil --example parse_only -- [-j N] [--scan] PATH...
//! ```
//!
//! Prints one line: `files=... bytes=... parsed=... errors=... ms=...`.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use vigil::{Language, Limits, Scanner, WalkOptions};
use vigil_input::{code_blocks, walk, Input, SourceKind};

fn main() {
    let mut threads = 0usize;
    let mut scan = false;
    let mut roots = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-j" | "--threads" => {
                threads = args.next().and_then(|n| n.parse().ok()).expect("-j needs a number");
            }
            "--scan" => scan = true,
            _ => roots.push(PathBuf::from(arg)),
        }
    }
    if roots.is_empty() {
        eprintln!("usage: parse_only [-j N] [--scan] PATH...");
        std::process::exit(2);
    }
    let started = Instant::now();
    if scan {
        let mut builder = Scanner::builder();
        builder.settings_mut().walk.threads = threads;
        let scanner = builder.build().expect("built-in rules");
        let report = scanner.scan_paths(&roots).expect("scan");
        println!(
            "mode=scan files={} bytes={} findings={} skipped={} ms={}",
            report.stats.files_scanned,
            report.stats.bytes_scanned,
            report.findings.len(),
            report.skipped.len(),
            started.elapsed().as_millis()
        );
        return;
    }
    let files = AtomicU64::new(0);
    let bytes = AtomicU64::new(0);
    let parsed = AtomicU64::new(0);
    let errors = AtomicU64::new(0);
    let skipped = AtomicU64::new(0);
    let parse = |lang: Language, text: &str| {
        if lang == Language::Generic {
            return;
        }
        match vigil_lang::parse(lang, text) {
            Ok(p) => {
                parsed.fetch_add(1, Ordering::Relaxed);
                if p.has_errors() {
                    errors.fetch_add(1, Ordering::Relaxed);
                }
            }
            Err(_) => {
                errors.fetch_add(1, Ordering::Relaxed);
            }
        }
    };
    let visit = |input: Input| match input {
        Input::Skipped(_) => {
            skipped.fetch_add(1, Ordering::Relaxed);
        }
        Input::File(file) => {
            match (file.kind, file.language) {
                (SourceKind::Markdown, _) => {
                    for block in code_blocks(&file.text) {
                        if let Some(lang) = block.language {
                            parse(lang, &block.text);
                        }
                    }
                }
                (SourceKind::Code, Some(lang)) => parse(lang, &file.text),
                (SourceKind::Code, None) => {
                    skipped.fetch_add(1, Ordering::Relaxed);
                    return;
                }
            }
            files.fetch_add(1, Ordering::Relaxed);
            bytes.fetch_add(file.text.len() as u64, Ordering::Relaxed);
        }
    };
    let options = WalkOptions { threads, ..WalkOptions::default() };
    walk(&roots, &options, &Limits::default(), &visit).expect("walk");
    println!(
        "mode=parse files={} bytes={} parsed={} errors={} skipped={} ms={}",
        files.into_inner(),
        bytes.into_inner(),
        parsed.into_inner(),
        errors.into_inner(),
        skipped.into_inner(),
        started.elapsed().as_millis()
    );
}

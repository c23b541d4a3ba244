//! Prints, for every text file under the given paths, each secret match
//! (detector, byte range, confidence, masked preview) and each span that
//! redaction with personal data replaces. Two builds that print the same
//! lines detect and redact the same things: used to check that a change to
//! the engine's speed changes nothing it finds.
//!
//! ```text
//! cargo run --release -p vigil-secrets --example dump_matches -- PATH... > matches.txt
//! ```

#[path = "common/walk.rs"]
mod walk;
use walk::walk;

use std::path::PathBuf;

use vigil_secrets::{RedactOptions, SecretScanner};

fn main() {
    let roots: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if roots.is_empty() {
        eprintln!("usage: dump_matches PATH...");
        std::process::exit(2);
    }
    let scanner = SecretScanner::new();
    let mut files = Vec::new();
    for r in &roots {
        walk(r, &mut files);
    }
    files.sort();
    let (mut matches, mut spans) = (0usize, 0usize);
    for f in &files {
        let Ok(bytes) = std::fs::read(f) else { continue };
        if bytes.len() > 5_000_000 || bytes[..bytes.len().min(8192)].contains(&0) {
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        let name = f.display();
        for m in scanner.scan(&text) {
            matches += 1;
            println!("{name}\tS\t{}\t{}\t{}\t{}\t{}", m.detector_id, m.start, m.end, m.confidence, m.masked);
        }
        let (_, redacted) = scanner.redact_with(&text, &RedactOptions::all(), &mut Default::default());
        for s in redacted {
            spans += 1;
            println!("{name}\tR\t{}\t{}\t{}\t{}", s.kind, s.start, s.end, s.placeholder);
        }
    }
    eprintln!("{} files, {matches} matches, {spans} redacted spans", files.len());
}

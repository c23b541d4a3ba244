//! Profiling aid: redacts the benchmark's 100 KB prompt a number of times,
//! for instruction counts that a loaded machine does not disturb.
//!
//! ```text
//! valgrind --tool=callgrind --toggle-collect='*profile_redact*measured*' \
//!     target/release/examples/profile_redact [ITERATIONS] [--pii] [--bytes N]
//! ```

#[path = "../benches/prompt/mod.rs"]
mod prompt;

use std::hint::black_box;

use vigil_secrets::{RedactOptions, SecretScanner};

fn main() {
    let iterations: usize = std::env::args().nth(1).and_then(|v| v.parse().ok()).unwrap_or(10);
    let options = if std::env::args().any(|a| a == "--pii") { RedactOptions::all() } else { RedactOptions::default() };
    let scanner = SecretScanner::new();
    scanner.precompile();
    let args: Vec<String> = std::env::args().collect();
    let bytes = args.iter().position(|a| a == "--bytes").and_then(|i| args.get(i + 1)?.parse().ok()).unwrap_or(100_000);
    let text = prompt::prompt(bytes);
    // One run outside the measurement: lazily built state is not counted.
    let warm = scanner.redact(&text, &options);
    let spans = measured(&scanner, &text, &options, iterations);
    println!("{} bytes, {} spans per run", text.len(), warm.spans.len());
    assert_eq!(spans, warm.spans.len() * iterations);
}

/// The measured runs (the name callgrind's `--toggle-collect` selects).
#[inline(never)]
fn measured(scanner: &SecretScanner, text: &str, options: &RedactOptions, iterations: usize) -> usize {
    (0..iterations).map(|_| black_box(scanner.redact(black_box(text), options)).spans.len()).sum()
}

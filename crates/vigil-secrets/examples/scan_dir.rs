//! Scans every text file under the given paths with the secret detectors and
//! reports findings per 100,000 lines (used to measure false alarms on
//! ordinary code such as the Python standard library or a node_modules).
//!
//! ```text
//! cargo run --release -p vigil-secrets --example scan_dir -- [--json] [--show] [--max-size BYTES] PATH...
//! ```
//!
//! `--show` prints each finding's line with the secret masked; `--json`
//! prints one JSON object per finding (file, line, detector, byte range,
//! masked preview). Binary files (NUL in the first 8 KiB) and files larger
//! than `--max-size` (default 5 MB) are skipped and counted.

#[path = "common/walk.rs"]
mod walk;
use walk::walk;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use vigil_secrets::{masked_text, SecretScanner};

#[derive(Default)]
struct Totals {
    files: usize,
    lines: usize,
    bytes: u64,
    findings: usize,
    skipped_binary: usize,
    skipped_large: usize,
    elapsed: Duration,
}

fn main() {
    let mut json = false;
    let mut show = false;
    let mut max_size: u64 = 5_000_000;
    let mut roots = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--json" => json = true,
            "--show" => show = true,
            "--max-size" => max_size = args.next().and_then(|v| v.parse().ok()).expect("--max-size BYTES"),
            _ => roots.push(PathBuf::from(a)),
        }
    }
    if roots.is_empty() {
        eprintln!("usage: scan_dir [--json] [--show] [--max-size BYTES] PATH...");
        std::process::exit(2);
    }
    // VIGIL_SECRETS_DISABLE=generic,jwt switches detectors or families off
    // (for profiling).
    let disabled: Vec<String> = std::env::var("VIGIL_SECRETS_DISABLE")
        .map(|v| v.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect())
        .unwrap_or_default();
    let scanner = SecretScanner::with_config(vigil_secrets::ScanConfig { disabled, ..Default::default() });
    let mut files = Vec::new();
    for r in &roots {
        walk(r, &mut files);
    }
    files.sort();
    let mut t = Totals::default();
    let mut by_detector: std::collections::BTreeMap<&str, usize> = Default::default();
    for f in &files {
        let Ok(meta) = std::fs::metadata(f) else { continue };
        if meta.len() > max_size {
            t.skipped_large += 1;
            continue;
        }
        let Ok(bytes) = std::fs::read(f) else { continue };
        if bytes[..bytes.len().min(8192)].contains(&0) {
            t.skipped_binary += 1;
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        t.files += 1;
        t.lines += text.lines().count();
        t.bytes += bytes.len() as u64;
        let start = Instant::now();
        let found = scanner.scan(&text);
        t.elapsed += start.elapsed();
        for m in &found {
            t.findings += 1;
            *by_detector.entry(m.detector_id).or_default() += 1;
            let line = text[..m.start].matches('\n').count() + 1;
            if json {
                println!(
                    "{}",
                    serde_json::json!({
                        "file": f.display().to_string(), "line": line, "end_line": text[..m.end].matches('\n').count() + 1,
                        "detector": m.detector_id, "family": m.family.as_str(), "start": m.start, "end": m.end,
                        "confidence": m.confidence.as_str(), "masked": m.masked,
                    })
                );
            } else if show {
                let ls = text[..m.start].rfind('\n').map(|i| i + 1).unwrap_or(0);
                let le = text[m.end..].find('\n').map(|i| m.end + i).unwrap_or(text.len());
                let context = masked_text(&text, ls, le.min(ls + 400).max(m.end.min(ls + 400)), &found);
                let first = context.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
                println!("{}:{line}: [{}] {} ({})\n    {}", f.display(), m.detector_id, m.masked, m.confidence, first);
            }
        }
    }
    let per_100k = if t.lines > 0 { t.findings as f64 * 100_000.0 / t.lines as f64 } else { 0.0 };
    let mb = t.bytes as f64 / 1e6;
    eprintln!(
        "{} files, {} lines, {:.1} MB scanned in {:.0} ms ({:.0} MB/s); {} findings = {:.2} per 100k lines; skipped {} binary, {} large",
        t.files,
        t.lines,
        mb,
        t.elapsed.as_secs_f64() * 1000.0,
        mb / t.elapsed.as_secs_f64().max(1e-9),
        t.findings,
        per_100k,
        t.skipped_binary,
        t.skipped_large
    );
    for (d, n) in by_detector {
        eprintln!("  {d}: {n}");
    }
}

//! Writes the labelled test corpus (`tests/corpus/mod.rs`) to a directory,
//! for comparison with other scanners (`scripts/compare_detect_secrets.py`).
//!
//! ```text
//! cargo run --release -p vigil-secrets --example gen_corpus -- OUT_DIR [SAMPLES_PER_TEMPLATE]
//! ```
//!
//! Writes `OUT_DIR/positives/*`, `OUT_DIR/bait/*` and `OUT_DIR/labels.jsonl`
//! (one line per planted secret: file, first and last line, detector,
//! family). Every secret is generated: none is real.

#[path = "../tests/corpus/mod.rs"]
mod corpus;

use std::io::Write;

fn main() {
    let out = std::path::PathBuf::from(std::env::args().nth(1).expect("OUT_DIR"));
    let per: usize = std::env::args().nth(2).and_then(|v| v.parse().ok()).unwrap_or(1);
    for sub in ["positives", "bait"] {
        std::fs::create_dir_all(out.join(sub)).expect("create output directory");
    }
    let mut labels = std::fs::File::create(out.join("labels.jsonl")).expect("labels.jsonl");
    let positives = corpus::positives(0x5EC2E7, per);
    for case in &positives {
        let rel = format!("positives/{}", case.name);
        std::fs::write(out.join(&rel), &case.text).expect("write case");
        for &(a, b, id) in &case.labels {
            let line = |i: usize| case.text[..i].matches('\n').count() + 1;
            let family = vigil_secrets::detector(id).map(|d| d.family.as_str()).unwrap_or("?");
            let rec = serde_json::json!({"file": rel, "start_line": line(a), "end_line": line(b), "detector": id, "family": family});
            writeln!(labels, "{rec}").expect("write label");
        }
    }
    let bait = corpus::bait(0x5EC2E7);
    for case in &bait {
        std::fs::write(out.join("bait").join(&case.name), &case.text).expect("write bait");
    }
    eprintln!("{} positive files, {} bait files written to {}", positives.len(), bait.len(), out.display());
}

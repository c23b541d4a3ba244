//! Recall and precision of every detector family on the generated, labelled
//! corpus (see `tests/corpus/mod.rs`). Run with `--nocapture` for the table.

mod corpus;

use std::collections::BTreeMap;

use vigil_secrets::{detector, detectors, Family, SecretScanner};

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fn_: usize,
    fp: usize,
    /// Planted secrets found, but reported under another detector's id.
    other_id: usize,
}

impl Counts {
    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

struct Outcome {
    families: BTreeMap<Family, Counts>,
    detectors: BTreeMap<&'static str, Counts>,
    misses: Vec<String>,
    false_alarms: Vec<String>,
    positives: usize,
    bait_files: usize,
    bait_lines: usize,
}

fn evaluate() -> Outcome {
    let scanner = SecretScanner::new();
    let positives = corpus::positives(0x5EC2E7, 3);
    let bait = corpus::bait(0x5EC2E7);
    let mut families: BTreeMap<Family, Counts> = BTreeMap::new();
    let mut dets: BTreeMap<&'static str, Counts> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut false_alarms = Vec::new();
    let mut n_pos = 0;
    for case in &positives {
        let found = scanner.scan(&case.text);
        for &(a, b, id) in &case.labels {
            n_pos += 1;
            let family = detector(id).unwrap_or_else(|| panic!("sample names unknown detector {id}")).family;
            let hit = found.iter().any(|m| m.detector_id == id && m.start < b && a < m.end);
            let fam = families.entry(family).or_default();
            let det = dets.entry(id).or_default();
            if hit {
                fam.tp += 1;
                det.tp += 1;
            } else {
                fam.fn_ += 1;
                det.fn_ += 1;
                let other: Vec<&str> =
                    found.iter().filter(|m| m.start < b && a < m.end).map(|m| m.detector_id).collect();
                if !other.is_empty() {
                    fam.other_id += 1;
                    det.other_id += 1;
                }
                misses.push(format!("{} [{id}] secret {:?} found as {other:?}", case.name, &case.text[a..b]));
            }
        }
        for m in &found {
            if !case.labels.iter().any(|&(a, b, _)| m.start < b && a < m.end) {
                families.entry(m.family).or_default().fp += 1;
                dets.entry(m.detector_id).or_default().fp += 1;
                false_alarms.push(format!("{} [{}] {:?}", case.name, m.detector_id, m.secret(&case.text)));
            }
        }
    }
    let mut bait_lines = 0;
    for case in &bait {
        bait_lines += case.text.lines().count();
        for m in scanner.scan(&case.text) {
            families.entry(m.family).or_default().fp += 1;
            dets.entry(m.detector_id).or_default().fp += 1;
            false_alarms.push(format!("bait {} [{}] {:?}", case.name, m.detector_id, m.secret(&case.text)));
        }
    }
    Outcome { families, detectors: dets, misses, false_alarms, positives: n_pos, bait_files: bait.len(), bait_lines }
}

#[test]
fn every_detector_has_samples() {
    let sampled: Vec<&str> = corpus::SAMPLES.iter().map(|s| s.id).collect();
    let missing: Vec<&str> = detectors().iter().map(|d| d.id).filter(|id| !sampled.contains(id)).collect();
    assert!(missing.is_empty(), "detectors without a labelled sample: {missing:?}");
}

#[test]
fn recall_and_precision_per_family() {
    let o = evaluate();
    println!(
        "\nLabelled corpus: {} planted secrets, {} bait files ({} lines)\n",
        o.positives, o.bait_files, o.bait_lines
    );
    println!("| family | detectors | planted | found | recall | false alarms | precision |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    let mut total = Counts::default();
    for (fam, c) in &o.families {
        let n = detectors().iter().filter(|d| d.family == *fam).count();
        println!("| {fam} | {n} | {} | {} | {:.3} | {} | {:.3} |", c.tp + c.fn_, c.tp, c.recall(), c.fp, c.precision());
        total.tp += c.tp;
        total.fn_ += c.fn_;
        total.fp += c.fp;
        total.other_id += c.other_id;
    }
    println!(
        "| **all** | {} | {} | {} | {:.3} | {} | {:.3} |",
        detectors().len(),
        total.tp + total.fn_,
        total.tp,
        total.recall(),
        total.fp,
        total.precision()
    );
    println!("\nFound under another detector's id: {}", total.other_id);
    let weak: Vec<String> = o
        .detectors
        .iter()
        .filter(|(_, c)| c.recall() < 0.95 || c.fp > 0)
        .map(|(id, c)| format!("{id}: recall {:.2} ({}/{}), fp {}", c.recall(), c.tp, c.tp + c.fn_, c.fp))
        .collect();
    if !weak.is_empty() {
        println!("\nDetectors below target:\n  {}", weak.join("\n  "));
    }
    let filter = std::env::var("MISS_FILTER").unwrap_or_default();
    for m in o.misses.iter().filter(|m| m.contains(&filter)).take(60) {
        println!("MISS {m}");
    }
    for f in o.false_alarms.iter().take(60) {
        println!("FALSE {f}");
    }
    for (fam, c) in &o.families {
        if fam.is_provider_format() {
            assert!(c.recall() >= 0.95, "{fam}: recall {:.3} below 0.95", c.recall());
        }
        assert!(c.precision() >= 0.99, "{fam}: precision {:.3} below 0.99", c.precision());
    }
    assert!(o.false_alarms.iter().filter(|f| f.starts_with("bait")).count() == 0, "findings on bait");
}

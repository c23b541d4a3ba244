//! Profiling aid: time of each detector alone on a file.
//! `cargo run --release --example detector_times -- FILE [ITERATIONS]`
use std::time::Instant;
use vigil_secrets::{detectors, ScanConfig, SecretScanner};

fn main() {
    let path = std::env::args().nth(1).expect("FILE");
    let iters: u32 = std::env::args().nth(2).and_then(|v| v.parse().ok()).unwrap_or(200);
    let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
    let all: Vec<String> = detectors().iter().map(|d| d.id.to_string()).collect();
    let none = SecretScanner::with_config(ScanConfig { disabled: all.clone(), ..Default::default() });
    let t = Instant::now();
    for _ in 0..iters {
        std::hint::black_box(none.scan(&text));
    }
    let base = t.elapsed() / iters;
    let mut times = Vec::new();
    for d in detectors() {
        let disabled = all.iter().filter(|x| *x != d.id).cloned().collect();
        let s = SecretScanner::with_config(ScanConfig { disabled, ..Default::default() });
        s.scan(&text);
        let t = Instant::now();
        for _ in 0..iters {
            std::hint::black_box(s.scan(&text));
        }
        times.push((t.elapsed() / iters, d.id));
    }
    times.sort();
    times.reverse();
    println!("baseline (no detector): {base:?}");
    for (t, id) in times.iter().take(25) {
        println!("{id:40} {t:?}");
    }
}

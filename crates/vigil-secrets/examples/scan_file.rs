//! Profiling aid: scans one file N times after compiling every detector.
//! `cargo run --release --example scan_file -- FILE [N]`
fn main() {
    let path = std::env::args().nth(1).expect("FILE");
    let n: usize = std::env::args().nth(2).and_then(|v| v.parse().ok()).unwrap_or(10);
    let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
    let scanner = vigil_secrets::SecretScanner::new();
    scanner.precompile();
    let start = std::time::Instant::now();
    let mut found = 0;
    for _ in 0..n {
        found = std::hint::black_box(scanner.scan(&text)).len();
    }
    println!("{found} findings; {:?} per scan of {} bytes", start.elapsed() / n as u32, text.len());
}

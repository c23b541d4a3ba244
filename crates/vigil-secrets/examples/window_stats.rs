//! Profiling aid: which detectors run on a file, in how many windows, over
//! how many bytes. `cargo run --release --example window_stats -- FILE`
fn main() {
    let path = std::env::args().nth(1).expect("FILE");
    let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
    let scanner = vigil_secrets::SecretScanner::new();
    let mut stats = scanner.window_stats(&text);
    stats.sort_by_key(|s| std::cmp::Reverse(s.2));
    println!("{} bytes", text.len());
    for (id, n, bytes) in stats {
        println!("{id:40} {n:6} windows {bytes:9} bytes");
    }
}

use std::process::Command;
fn main() {
    let arg = std::env::args().nth(1).unwrap();
    // ruleid: conf.pattern.rust
    let c = Command::new(arg);
    // ruleid: conf.pattern.rust
    Command::new("sh").arg("-c").spawn();
    // ok: conf.pattern.rust
    let v = Vec::new();
}

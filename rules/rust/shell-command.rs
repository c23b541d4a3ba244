use std::process::Command;

pub fn list(dir: &str) -> std::io::Result<std::process::Output> {
    // ruleid: rust.process.shell-command-injection
    Command::new("sh").arg("-c").arg(format!("ls -la {}", dir)).output()
}

pub fn run_user(cmd: &str) -> std::io::Result<std::process::ExitStatus> {
    // ruleid: rust.process.shell-command-injection
    std::process::Command::new("bash").args(["-c", cmd]).status()
}

pub fn windows(name: String) {
    let line = format!("type {}", name);
    // ruleid: rust.process.shell-command-injection
    let _ = Command::new("cmd").args(&["/C", &line]).spawn();
}

pub fn in_steps(host: &str) {
    let mut c = Command::new("sh");
    // ruleid: rust.process.shell-command-injection
    c.arg("-c").arg(format!("ping -c 1 {}", host));
    let _ = c.status();
}

pub fn constant() {
    // ok: rust.process.shell-command-injection
    let _ = Command::new("sh").arg("-c").arg("ls -la /tmp | wc -l").status();
}

pub fn direct(dir: &str) {
    // ok: rust.process.shell-command-injection
    let _ = Command::new("ls").arg("-la").arg(dir).status();
}

pub fn script(path: &str) {
    // ok: rust.process.shell-command-injection
    let _ = Command::new("sh").arg(path).status();
}

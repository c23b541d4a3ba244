use std::process;
use std::process::Command;
use std::process::Command as Cmd;

fn f(c: &str) {
    // ruleid: conf.imports.rust
    Command::new(c);
    // ruleid: conf.imports.rust
    Cmd::new(c);
    // ruleid: conf.imports.rust
    process::Command::new(c);
    // ok: conf.imports.rust
    Other::new(c);
}

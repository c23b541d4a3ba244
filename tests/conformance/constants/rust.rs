const SHELL: &str = "sh";

fn f(user: &str) {
    let q = "ls";
    // ruleid: conf.constants.rust
    Command::new(q);
    // A `const` item.
    // ruleid: conf.constants.rust
    Command::new(SHELL);
    // ok: conf.constants.rust
    Command::new(user);
}

fn f() {
    // ruleid: conf.fix.rust
    let a = parse(s).expect("TODO");
    // ok: conf.fix.rust
    let b = parse(s).unwrap_or(0);
}

fn f() {
    // ruleid: conf.fix.rust
    let a = parse(s).unwrap();
    // ok: conf.fix.rust
    let b = parse(s).unwrap_or(0);
}

fn f() {
    // ruleid: conf.pattern-not.rust
    let a = parse(s).unwrap();
    // ruleid: conf.pattern-not.rust
    m.get(k).unwrap();
    // ok: conf.pattern-not.rust
    Some(1).unwrap();
}

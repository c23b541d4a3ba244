fn f() {
    // ruleid: conf.equivalences.rust
    (sink(x));
    // ruleid: conf.equivalences.rust
    sink((x));
    // ruleid: conf.equivalences.rust
    sink(/* c */ x);
    // ok: conf.equivalences.rust
    sink(x, y);
    // ok: conf.equivalences.rust
    other(x);
    // ruleid: conf.equivalences.rust.assign
    b = input();
    // ruleid: conf.equivalences.rust.assign
    let a = input();
    // ok: conf.equivalences.rust.assign
    c = output();
}

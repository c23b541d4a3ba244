fn f() {
    // ruleid: conf.pattern-either.rust
    let c = Client::builder().danger_accept_invalid_certs(true);
    // ruleid: conf.pattern-either.rust
    b.danger_accept_invalid_hostnames(true);
    // ok: conf.pattern-either.rust
    b.danger_accept_invalid_certs(false);
}

fn f() {
    // ruleid: conf.method-chains.rust
    Command::new("sh").arg("-c").spawn();
    // ruleid: conf.method-chains.rust
    cmd.arg(x).spawn();
    // ok: conf.method-chains.rust
    Command::new("sh").spawn();
    // ok: conf.method-chains.rust
    cmd.arg(x).output();
    // todoruleid: conf.method-chains.rust.ellipsis
    x.open().a().b().close();
    // todoruleid: conf.method-chains.rust.ellipsis
    x.open().close();
    // ok: conf.method-chains.rust.ellipsis
    x.reopen().close();
}

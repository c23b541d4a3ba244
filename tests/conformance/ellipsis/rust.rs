// ruleid: conf.ellipsis.rust.params
fn run(n: u32, input: &str) {
    // ruleid: conf.ellipsis.rust.args
    conn.execute("DELETE FROM t", &[]);
    // ruleid: conf.ellipsis.rust.args
    conn.execute(q);
    // ok: conf.ellipsis.rust.args
    conn.execute();
    // ruleid: conf.ellipsis.rust.statements
    let g = m.lock();
    work();
    drop(g);
    // ok: conf.ellipsis.rust.statements
    let h = m.lock();
    // ruleid: conf.ellipsis.rust.vec
    let v = vec!["a", "*"];
    // ok: conf.ellipsis.rust.vec
    let w = vec!["a"];
    // ruleid: conf.ellipsis.rust.struct
    let o = TlsOptions { name: "x", verify: false };
    // ok: conf.ellipsis.rust.struct
    let p = TlsOptions { verify: true };
}
// ok: conf.ellipsis.rust.params
fn other(n: u32) {
}

fn f(p: *const u8) {
    unsafe {
        // ruleid: conf.pattern-inside.rust
        let v = std::ptr::read(p);
    }
    // ok: conf.pattern-inside.rust
    let w = std::ptr::read(p);
}

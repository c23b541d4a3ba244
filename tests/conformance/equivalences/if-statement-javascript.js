function f(x, token) {
    // ruleid: compat.if-statement-javascript
    if (x === token) {
        a();
    }
    // ruleid: compat.if-statement-javascript
    if (x === token) {
        a();
    } else {
        b();
    }
    // ok: compat.if-statement-javascript
    if (x === other) {
        a();
    }
    while (true) {
        // ruleid: compat.if-statement-javascript
        if (x === token) continue;
    }
}

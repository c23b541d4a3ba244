function f(x, token) {
    // ruleid: compat.if-statement-javascript
    if (x === token) {
        a();
    }
    // todoruleid: compat.if-statement-javascript
    if (x === token) {
        a();
    } else {
        b();
    }
    while (true) {
        // todoruleid: compat.if-statement-javascript
        if (x === token) continue;
    }
}

function m() {
    // ruleid: compat.assignment-declaration-javascript
    const a = f();
    g(a);
}

function n() {
    // ruleid: compat.assignment-declaration-javascript
    b = f();
    g(b);
}

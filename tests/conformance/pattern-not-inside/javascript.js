// ruleid: conf.pattern-not-inside.javascript
const a = JSON.parse(body);
try {
  // ok: conf.pattern-not-inside.javascript
  const b = JSON.parse(body);
} catch (e) {
  // The catch clause is part of the try statement's range, so this is
  // inside it too (as in Semgrep).
  // ok: conf.pattern-not-inside.javascript
  JSON.parse(fallback);
}
function f() {
  // ruleid: conf.pattern-not-inside.javascript
  return JSON.parse(other);
}

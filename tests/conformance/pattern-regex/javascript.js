// ruleid: conf.pattern-regex.javascript
const key = "AKIAIOSFODNN7EXAMPLE";
// ok: conf.pattern-regex.javascript
const other = "AKIA-not-a-key";
const cfg = {
  // ruleid: conf.pattern-regex.javascript
  id: 'AKIAABCDEFGHIJKLMNOP',
};

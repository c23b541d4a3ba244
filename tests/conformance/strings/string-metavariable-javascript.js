// ruleid: compat.string-metavariable-javascript
fetch('http://example.com/a.js').then(r => r.text());
// ruleid: compat.string-metavariable-javascript
fetch("http://example.com/b", {});
// ok: compat.string-metavariable-javascript
fetch('https://example.com/c');

// ruleid: conf.pattern-not-regex.javascript
fetch("http://example.com/a");
// ok: conf.pattern-not-regex.javascript
fetch("https://example.com/a");
// ok: conf.pattern-not-regex.javascript
fetch('https://example.com/b');
// ruleid: conf.pattern-not-regex.javascript
fetch('ftp://example.com/c');

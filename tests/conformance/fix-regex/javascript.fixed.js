// ruleid: conf.fix-regex.javascript
fetch("https://example.com/");
// ruleid: conf.fix-regex.javascript
fetch("https://example.com/");
// ok: conf.fix-regex.javascript
fetch(url);

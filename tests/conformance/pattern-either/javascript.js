// ruleid: conf.pattern-either.javascript
eval(code);
// ruleid: conf.pattern-either.javascript
const f = new Function("a", body);
// ruleid: conf.pattern-either.javascript
setTimeout("tick()", 10);
// ok: conf.pattern-either.javascript
setTimeout(tick, 10);
// ok: conf.pattern-either.javascript
new Map();

// ruleid: conf.paths.javascript
eval(code);
// ok: conf.paths.javascript
evaluate(code);

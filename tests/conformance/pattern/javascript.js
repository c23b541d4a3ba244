// ruleid: conf.pattern.javascript
eval(userInput);
// ruleid: conf.pattern.javascript
const r = eval(req.query.q);
// ok: conf.pattern.javascript
eval(a, b);
// ok: conf.pattern.javascript
evaluate(userInput);
// ok: conf.pattern.javascript
obj.eval(userInput);

// ruleid: conf.deep-expressions.javascript
sink(source());
// ruleid: conf.deep-expressions.javascript
sink("a" + source());
// ruleid: conf.deep-expressions.javascript
sink(f(g(source())));
// ok: conf.deep-expressions.javascript
sink(x);
// ok: conf.deep-expressions.javascript
sink(source);
// ok: conf.deep-expressions.javascript
other("a" + source());

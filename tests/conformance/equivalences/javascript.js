// ruleid: conf.equivalences.javascript
(sink(x));
// ruleid: conf.equivalences.javascript
sink((x));
// ruleid: conf.equivalences.javascript
sink(/* c */ x);
// ruleid: conf.equivalences.javascript
sink(
  x,
);
// ok: conf.equivalences.javascript
sink(x, y);
// ok: conf.equivalences.javascript
sink;

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
// ruleid: conf.equivalences.javascript.assign
d = input();
// ruleid: conf.equivalences.javascript.assign
const a = input();
// ruleid: conf.equivalences.javascript.assign
let b = input();
// ruleid: conf.equivalences.javascript.assign
var c = input();
// ok: conf.equivalences.javascript.assign
e = output();

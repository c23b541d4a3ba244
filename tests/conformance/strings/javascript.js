// ruleid: conf.strings.javascript.any
sink("a");
// ruleid: conf.strings.javascript.any
sink('b');
// ruleid: conf.strings.javascript.any
sink(`c`);
// ok: conf.strings.javascript.any
sink(x);
// ok: conf.strings.javascript.any
sink(`x${y}`);
// ok: conf.strings.javascript.any
sink(1);
// ruleid: conf.strings.javascript.exact
check("a");
// ruleid: conf.strings.javascript.exact
check('a');
// ruleid: conf.strings.javascript.exact
check(`a`);
// ok: conf.strings.javascript.exact
check("b");
// ok: conf.strings.javascript.exact
check(a);

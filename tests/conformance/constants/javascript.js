const q = "ls";
let r = "a";
r = "b";
// ruleid: conf.constants.javascript, conf.constants.javascript.value
exec(q);
// ok: conf.constants.javascript, conf.constants.javascript.value
exec(r);
// ok: conf.constants.javascript, conf.constants.javascript.value
exec(input);
function a() { const local = "ls"; }
function b(local) {
  // ok: conf.constants.javascript, conf.constants.javascript.value
  exec(local);
}

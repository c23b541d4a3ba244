const cp = require("child_process");
const { exec } = require("child_process");
const { exec: run } = require("node:child_process");

// ruleid: conf.imports.javascript
cp.exec(cmd);
// ruleid: conf.imports.javascript
exec(cmd);
// ruleid: conf.imports.javascript
run(cmd);
// ok: conf.imports.javascript
cp.execFile(cmd);
// ok: conf.imports.javascript
other.exec(cmd);

import { exec as run } from "child_process";
import cp = require("child_process");

// ruleid: conf.imports.javascript
run(cmd);
// TypeScript's `import x = require(...)`.
// todoruleid: conf.imports.javascript
cp.exec(cmd);
// ok: conf.imports.javascript
exec(cmd);

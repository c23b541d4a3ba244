import { exec } from "child_process";
import { exec as run } from "child_process";
import * as ns from "child_process";

// ruleid: conf.imports.javascript
exec(cmd);
// ruleid: conf.imports.javascript
run(cmd);
// ruleid: conf.imports.javascript
ns.exec(cmd);
// ok: conf.imports.javascript
ns.spawn(cmd);

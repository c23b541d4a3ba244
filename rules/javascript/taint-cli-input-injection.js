#!/usr/bin/env node
const { exec, execFile } = require("child_process");
const sqlite3 = require("sqlite3");

const db = new sqlite3.Database("app.db");

function run(command) {
  // ruleid: javascript.node.cli-input-injection
  exec(command, (err, out) => console.log(out));
}

const [, , action, target] = process.argv;

if (action === "ping") {
  // ruleid: javascript.node.cli-input-injection
  exec(`ping -c 1 ${target}`, (err, out) => console.log(out));
} else if (action === "calc") {
  // ruleid: javascript.node.cli-input-injection
  console.log(eval(process.argv[3]));
} else if (action === "delete") {
  // ruleid: javascript.node.cli-input-injection
  db.run("DELETE FROM users WHERE name = '" + target + "'");
} else if (action === "lookup") {
  run("dig " + target);
}

// --- Safe versions ---

// ok: javascript.node.cli-input-injection
execFile("ping", ["-c", "1", process.argv[2]], (err, out) => console.log(out));
// ok: javascript.node.cli-input-injection
db.run("DELETE FROM users WHERE name = ?", [process.argv[3]]);
const count = parseInt(process.argv[4], 10);
// ok: javascript.node.cli-input-injection
exec(`seq ${count}`, (err, out) => console.log(out));

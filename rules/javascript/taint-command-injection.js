const express = require("express");
const { exec, execSync, execFile, spawn } = require("child_process");
const util = require("util");
const { quote } = require("shell-quote");

const app = express();
const run = util.promisify(exec);

function runCommand(command, res) {
  // ruleid: javascript.express.command-injection
  exec(command, (err, stdout) => res.send(stdout));
}

function pingCommand(host) {
  return `ping -c 1 ${host}`;
}

app.get("/ping", (req, res) => {
  // ruleid: javascript.express.command-injection
  exec("ping -c 1 " + req.query.host, (err, stdout) => res.send(stdout));
});

app.get("/lookup", (req, res) => {
  const { domain } = req.query;
  const cmd = `nslookup ${domain}`;
  // ruleid: javascript.express.command-injection
  const out = execSync(cmd).toString();
  res.send(out);
});

app.post("/trace", (req, res) => {
  runCommand(pingCommand(req.body.host), res);
});

app.post("/convert", async (req, res) => {
  let args = "-resize 50% ";
  args += req.body.file;
  // ruleid: javascript.express.command-injection
  const { stdout } = await run("convert " + args + " out.png");
  res.send(stdout);
});

app.get("/archive/:name", (req, res) => {
  // ruleid: javascript.express.command-injection
  spawn(`tar czf /tmp/${req.params.name}.tgz data`, { shell: true });
  res.sendStatus(202);
});

app.get("/grep", (req, res) => {
  // ruleid: javascript.express.command-injection
  const child = spawn("sh", ["-c", "grep -r " + req.query.pattern + " /var/log/app"]);
  child.stdout.pipe(res);
});

// --- Safe versions ---

app.get("/ping-safe", (req, res) => {
  // ok: javascript.express.command-injection
  execFile("ping", ["-c", "1", req.query.host], (err, stdout) => res.send(stdout));
});

app.get("/ping-quoted", (req, res) => {
  const host = quote([req.query.host]);
  // ok: javascript.express.command-injection
  exec("ping -c 1 " + host, (err, stdout) => res.send(stdout));
});

app.get("/sleep", (req, res) => {
  const seconds = parseInt(req.query.s, 10);
  // ok: javascript.express.command-injection
  exec(`sleep ${seconds}`, () => res.sendStatus(204));
});

app.get("/host", (req, res) => {
  const host = req.query.host;
  if (!/^[a-z0-9.-]+$/i.test(host)) {
    return res.status(400).send("bad host");
  }
  // ok: javascript.express.command-injection
  exec("ping -c 1 " + host, (err, stdout) => res.send(stdout));
});

app.get("/uptime", (req, res) => {
  // ok: javascript.express.command-injection
  exec("uptime", (err, stdout) => res.send(stdout));
});

app.get("/list", (req, res) => {
  // ok: javascript.express.command-injection
  spawn("ls", ["-la", req.query.dir]).stdout.pipe(res);
});

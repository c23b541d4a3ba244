// Internal admin API, written safely: same features as vulnerable/server.js.
const express = require("express");
const fs = require("fs");
const https = require("https");
const { execFile } = require("child_process");

const app = express();
app.use(express.json());

// Filters are data: a field, an operator and a value, never code.
const OPERATORS = {
  gt: (a, b) => a > b,
  lt: (a, b) => a < b,
  eq: (a, b) => a === b,
};

app.post("/api/reports/filter", (req, res) => {
  const { field, op, value } = req.body.filter;
  const compare = OPERATORS[op];
  if (!compare) {
    return res.status(400).json({ error: "unknown operator" });
  }
  res.json(req.body.rows.filter((row) => compare(row[field], value)));
});

app.get("/api/logs/search", (req, res) => {
  execFile("grep", ["-i", "-F", "--", String(req.query.q), "/var/log/app/current.log"], (err, out) => {
    res.type("text/plain").send(out);
  });
});

const upstreamCa = fs.readFileSync("/etc/ssl/certs/internal-ca.pem");
const UPSTREAMS = new Set(["billing.internal", "search.internal"]);

app.get("/api/upstream/health", (req, res) => {
  if (!UPSTREAMS.has(req.query.host)) {
    return res.sendStatus(400);
  }
  const options = { host: req.query.host, path: "/health", ca: upstreamCa };
  https.get(options, (up) => res.sendStatus(up.statusCode)).on("error", () => res.sendStatus(502));
});

app.listen(8080);

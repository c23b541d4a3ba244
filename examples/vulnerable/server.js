// Internal admin API: report filters, log search, upstream health checks.
const express = require("express");
const https = require("https");
const { execSync } = require("child_process");

const app = express();
app.use(express.json());

// Let analysts write filters such as "row.total > 100 && row.country === 'FR'".
app.post("/api/reports/filter", (req, res) => {
  const predicate = new Function("row", `return (${req.body.filter});`);
  res.json(req.body.rows.filter(predicate));
});

app.get("/api/logs/search", (req, res) => {
  const out = execSync("grep -i '" + req.query.q + "' /var/log/app/current.log");
  res.type("text/plain").send(out);
});

app.get("/api/upstream/health", (req, res) => {
  const options = {
    host: req.query.host,
    path: "/health",
    rejectUnauthorized: false, // upstreams use self-signed certs
  };
  https.get(options, (up) => res.sendStatus(up.statusCode)).on("error", () => res.sendStatus(502));
});

app.listen(8080);

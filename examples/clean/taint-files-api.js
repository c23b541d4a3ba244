// The same file service, written safely (see vulnerable/taint-files-api.js).
const express = require("express");
const fs = require("fs");
const path = require("path");
const { execFile } = require("child_process");
const escapeHtml = require("escape-html");

const app = express();
app.use(express.json());
const ROOT = "/srv/files";

app.get("/files", (req, res) => {
  // Only the last component: no directories, no "..".
  const name = path.basename(String(req.query.name));
  fs.readFile(path.join(ROOT, name), (err, data) => {
    if (err) return res.status(404).send("not found");
    res.type("application/octet-stream").send(data);
  });
});

app.post("/thumbnail", (req, res) => {
  const size = parseInt(req.body.size, 10) || 128;
  // No shell: every value is one argument.
  const file = path.join(ROOT, path.basename(String(req.body.file)));
  execFile("convert", [file, "-resize", `${size}`, "/tmp/thumb.png"], (err) => {
    if (err) return res.status(500).send("failed");
    res.sendFile("/tmp/thumb.png");
  });
});

app.get("/search", (req, res) => {
  const term = String(req.query.q ?? "");
  const names = fs.readdirSync(ROOT).filter((n) => n.includes(term));
  res.send(`<h1>Results for ${escapeHtml(term)}</h1><ul>${names.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>`);
});

app.listen(8080);

// File service: what an assistant writes when asked for a quick Express API.
// Each flaw is a flow from the request to a dangerous call, through
// variables and helper functions.
const express = require("express");
const fs = require("fs");
const path = require("path");
const { exec } = require("child_process");

const app = express();
app.use(express.json());
const ROOT = "/srv/files";

function filePath(name) {
  return path.join(ROOT, name);
}

function thumbnailCommand(file, size) {
  return `convert ${file} -resize ${size} /tmp/thumb.png`;
}

app.get("/files", (req, res) => {
  fs.readFile(filePath(req.query.name), (err, data) => {
    if (err) return res.status(404).send("not found");
    res.type("application/octet-stream").send(data);
  });
});

app.post("/thumbnail", (req, res) => {
  const { file, size } = req.body;
  exec(thumbnailCommand(filePath(file), size), (err) => {
    if (err) return res.status(500).send("failed");
    res.sendFile("/tmp/thumb.png");
  });
});

app.get("/search", (req, res) => {
  const term = req.query.q;
  const names = fs.readdirSync(ROOT).filter((n) => n.includes(term));
  res.send(`<h1>Results for ${term}</h1><ul>${names.map((n) => `<li>${n}</li>`).join("")}</ul>`);
});

app.listen(8080);

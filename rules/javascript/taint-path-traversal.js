const express = require("express");
const fs = require("fs");
const path = require("path");
const { readFile } = require("fs/promises");

const app = express();
const UPLOADS = path.join(__dirname, "uploads");

function loadDocument(file) {
  // ruleid: javascript.express.path-traversal
  return fs.readFileSync(file, "utf8");
}

function docPath(name) {
  return path.join(UPLOADS, name);
}

app.get("/download", (req, res) => {
  // ruleid: javascript.express.path-traversal
  res.sendFile(path.join(UPLOADS, req.query.file));
});

app.get("/view", (req, res) => {
  res.send(loadDocument(docPath(req.query.name)));
});

app.get("/files/:name", async (req, res) => {
  const file = `${UPLOADS}/${req.params.name}`;
  // ruleid: javascript.express.path-traversal
  const data = await readFile(file);
  res.type("application/octet-stream").send(data);
});

app.post("/notes", (req, res) => {
  const { title, body } = req.body;
  // ruleid: javascript.express.path-traversal
  fs.writeFile(path.join(__dirname, "notes", title + ".txt"), body, () => res.sendStatus(201));
});

app.delete("/files/:name", (req, res) => {
  // ruleid: javascript.express.path-traversal
  fs.unlink(UPLOADS + "/" + req.params.name, () => res.sendStatus(204));
});

app.get("/stream", (req, res) => {
  // ruleid: javascript.express.path-traversal
  fs.createReadStream(path.resolve("public", req.query.path)).pipe(res);
});

app.get("/export", (req, res) => {
  // ruleid: javascript.express.path-traversal
  res.download("/srv/exports/" + req.query.report);
});

// --- Safe versions ---

app.get("/download-root", (req, res) => {
  // ok: javascript.express.path-traversal
  res.sendFile(req.query.file, { root: UPLOADS });
});

app.get("/view-safe", (req, res) => {
  const name = path.basename(req.query.name);
  // ok: javascript.express.path-traversal
  res.send(fs.readFileSync(path.join(UPLOADS, name), "utf8"));
});

app.get("/view-checked", (req, res) => {
  const full = path.resolve(UPLOADS, req.query.name);
  if (!full.startsWith(UPLOADS + path.sep)) {
    return res.status(403).send("forbidden");
  }
  // ok: javascript.express.path-traversal
  fs.createReadStream(full).pipe(res);
});

app.get("/invoice", (req, res) => {
  const id = parseInt(req.query.id, 10);
  // ok: javascript.express.path-traversal
  res.sendFile(`/srv/invoices/${id}.pdf`);
});

app.get("/readme", (req, res) => {
  // ok: javascript.express.path-traversal
  res.send(fs.readFileSync(path.join(__dirname, "README.md"), "utf8"));
});

app.get("/files/*", (req, res) => {
  // ok: javascript.express.path-traversal
  res.download(req.params[0], { root: UPLOADS });
});

function safeName(name) {
  return path.basename(String(name));
}

app.get("/view-helper", (req, res) => {
  // The helper keeps only the last component.
  // ok: javascript.express.path-traversal
  res.send(fs.readFileSync(path.join(UPLOADS, safeName(req.query.name)), "utf8"));
});

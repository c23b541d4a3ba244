const express = require("express");
const escapeHtml = require("escape-html");
const Koa = require("koa");

const app = express();
const koa = new Koa();

function greeting(name) {
  return "<h1>Hello, " + name + "!</h1>";
}

app.get("/hello", (req, res) => {
  // ruleid: javascript.express.xss
  res.send(`<h1>Hello, ${req.query.name}!</h1>`);
});

app.get("/hello2", (req, res) => {
  const page = greeting(req.query.name);
  // ruleid: javascript.express.xss
  res.send(page);
});

app.get("/search", (req, res) => {
  const { q } = req.query;
  let html = "<ul>";
  html += `<li>Results for ${q}</li>`;
  html += "</ul>";
  // ruleid: javascript.express.xss
  res.status(200).send(html);
});

app.get("/echo/:msg", (req, res) => {
  res.setHeader("Content-Type", "text/html");
  // ruleid: javascript.express.xss
  res.write("<p>" + req.params.msg + "</p>");
  res.end();
});

app.use((req, res) => {
  // ruleid: javascript.express.xss
  res.status(404).send("Not found: " + req.query.path);
});

koa.use(async (ctx) => {
  // ruleid: javascript.express.xss
  ctx.body = `<p>Hi ${ctx.query.name}</p>`;
});

// --- Safe versions ---

app.get("/hello-safe", (req, res) => {
  // ok: javascript.express.xss
  res.send(`<h1>Hello, ${escapeHtml(req.query.name)}!</h1>`);
});

app.get("/api/echo", (req, res) => {
  // ok: javascript.express.xss
  res.json({ message: req.query.msg });
  // ok: javascript.express.xss
  res.send({ message: req.query.msg });
});

app.get("/hello-view", (req, res) => {
  // ok: javascript.express.xss
  res.render("hello", { name: req.query.name });
});

app.get("/page", (req, res) => {
  const page = Number(req.query.page);
  // ok: javascript.express.xss
  res.send(`<p>Page ${page}</p>`);
});

app.get("/user/:id", async (req, res) => {
  const user = await User.findById(req.params.id);
  // ok: javascript.express.xss
  res.send(user);
});

app.get("/static", (req, res) => {
  // ok: javascript.express.xss
  res.send("<h1>Welcome</h1>");
});

const users = { 1: { name: "Ada" }, 2: { name: "Linus" } };

app.get("/users/:id", (req, res) => {
  // An object from the server's own data, sent as JSON.
  // ok: javascript.express.xss
  res.send(users[req.params.id] || { error: "no such user" });
});

app.get("/debug/query", (req, res) => {
  // ok: javascript.express.xss
  res.send(req.query);
});

app.get("/field", (req, res) => {
  const field = req.query.field;
  // ruleid: javascript.express.xss
  res.send("<p>" + req.query[field] + "</p>");
});

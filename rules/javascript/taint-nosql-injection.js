const express = require("express");
const mongoose = require("mongoose");
const sanitize = require("mongo-sanitize");

const app = express();
app.use(express.json());
const User = mongoose.model("User", new mongoose.Schema({ username: String, password: String }));

function findAccount(filter) {
  // ruleid: javascript.express.nosql-injection
  return User.findOne(filter);
}

app.post("/login", async (req, res) => {
  const { username, password } = req.body;
  // ruleid: javascript.express.nosql-injection
  const user = await User.findOne({ username, password });
  res.json({ ok: Boolean(user) });
});

app.get("/users", async (req, res) => {
  // ruleid: javascript.express.nosql-injection
  const users = await db.collection("users").find(req.query).toArray();
  res.json(users);
});

app.post("/account", async (req, res) => {
  res.json(await findAccount({ email: req.body.email }));
});

app.post("/reset", async (req, res) => {
  // ruleid: javascript.express.nosql-injection
  await User.updateOne({ resetToken: req.body.token }, { $set: { password: req.body.password } });
  res.sendStatus(204);
});

// --- Safe versions ---

app.post("/login-safe", async (req, res) => {
  const username = String(req.body.username);
  const password = String(req.body.password);
  // ok: javascript.express.nosql-injection
  const user = await User.findOne({ username, password });
  res.json({ ok: Boolean(user) });
});

app.post("/login-eq", async (req, res) => {
  // ok: javascript.express.nosql-injection
  const user = await User.findOne({ username: { $eq: req.body.username } });
  res.json({ ok: Boolean(user) });
});

app.post("/login-sanitized", async (req, res) => {
  const body = sanitize(req.body);
  // ok: javascript.express.nosql-injection
  const user = await User.findOne({ username: body.username });
  res.json({ ok: Boolean(user) });
});

app.get("/users/:id", async (req, res) => {
  // Route parameters are always strings.
  // ok: javascript.express.nosql-injection
  res.json(await User.findOne({ _id: req.params.id }));
});

app.get("/tags", (req, res) => {
  // ok: javascript.express.nosql-injection
  res.json(req.body.tags.find((t) => t.name === req.query.name));
});

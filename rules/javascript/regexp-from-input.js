const express = require("express");
const _ = require("lodash");

const app = express();

app.get("/search", (req, res) => {
  const term = req.query.q;
  // ruleid: javascript.lang.regexp-from-input
  const re = new RegExp(term, "i");
  res.json(items.filter((i) => re.test(i.name)));
});

function highlight(text, word) {
  // ruleid: javascript.lang.regexp-from-input
  return text.replace(new RegExp("(" + word + ")", "gi"), "<b>$1</b>");
}

app.get("/highlight", (req, res) => {
  res.send(highlight(loadArticle(), req.query.word));
});

app.post("/validate", (req, res) => {
  const { pattern, value } = req.body;
  // ruleid: javascript.lang.regexp-from-input
  const ok = RegExp(`^${pattern}$`).test(value);
  res.json({ ok });
});

// --- Safe versions ---

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

app.get("/search-safe", (req, res) => {
  // ok: javascript.lang.regexp-from-input
  const re = new RegExp(escapeRegExp(req.query.q), "i");
  // ok: javascript.lang.regexp-from-input
  const re2 = new RegExp(_.escapeRegExp(req.query.q));
  res.json(items.filter((i) => re.test(i.name) || re2.test(i.name)));
});

function buildMatcher(extensions) {
  // ok: javascript.lang.regexp-from-input
  return new RegExp("\\.(" + extensions.join("|") + ")$");
}

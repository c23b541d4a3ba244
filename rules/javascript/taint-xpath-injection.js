const express = require("express");
const xpath = require("xpath");
const { DOMParser } = require("@xmldom/xmldom");

const app = express();
const doc = new DOMParser().parseFromString(require("fs").readFileSync("users.xml", "utf8"));

app.get("/user", (req, res) => {
  const name = req.query.name;
  // ruleid: javascript.lang.xpath-injection
  const nodes = xpath.select(`//user[name='${name}']/email/text()`, doc);
  res.json(nodes.map(String));
});

app.post("/login", (req, res) => {
  const query = "//user[name='" + req.body.user + "' and password='" + req.body.pass + "']";
  // ruleid: javascript.lang.xpath-injection
  const user = xpath.select1(query, doc);
  res.json({ ok: Boolean(user) });
});

// --- Safe versions ---

app.get("/user-safe", (req, res) => {
  // ok: javascript.lang.xpath-injection
  const nodes = xpath.parse("//user[name=$name]/email/text()").select({ node: doc, variables: { name: req.query.name } });
  res.json(nodes.map(String));
});

app.get("/count", (req, res) => {
  // ok: javascript.lang.xpath-injection
  res.json(xpath.select("count(//user)", doc));
});

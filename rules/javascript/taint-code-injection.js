const express = require("express");
const vm = require("vm");

const app = express();
const OPERATIONS = { add: (a, b) => a + b, mul: (a, b) => a * b };

function compute(expression) {
  // ruleid: javascript.lang.code-injection
  return eval(expression);
}

app.get("/calc", (req, res) => {
  // ruleid: javascript.lang.code-injection
  const result = eval(req.query.expr);
  res.json({ result });
});

app.get("/calc2", (req, res) => {
  res.json({ result: compute(req.query.expr) });
});

app.post("/rule", (req, res) => {
  const { condition } = req.body;
  // ruleid: javascript.lang.code-injection
  const check = new Function("order", "return " + condition);
  res.json({ ok: check({ total: 10 }) });
});

app.post("/sandbox", (req, res) => {
  const code = req.body.code;
  // ruleid: javascript.lang.code-injection
  const out = vm.runInNewContext(code, { console });
  res.json({ out });
});

function delayedGreeting() {
  const who = new URLSearchParams(location.search).get("who");
  // ruleid: javascript.lang.code-injection
  setTimeout("greet('" + who + "')", 1000);
}

// --- Safe versions ---

app.get("/calc-safe", (req, res) => {
  const op = OPERATIONS[req.query.op];
  // ok: javascript.lang.code-injection
  res.json({ result: op ? op(Number(req.query.a), Number(req.query.b)) : null });
});

app.post("/parse", (req, res) => {
  // ok: javascript.lang.code-injection
  const data = JSON.parse(req.body.payload);
  res.json(data);
});

function delayedGreetingSafe() {
  const who = new URLSearchParams(location.search).get("who");
  // ok: javascript.lang.code-injection
  setTimeout(() => greet(who), 1000);
}

app.get("/square", (req, res) => {
  const n = parseInt(req.query.n, 10);
  // ok: javascript.lang.code-injection
  res.json({ result: eval(`${n} * ${n}`) });
});

app.get("/plugin", (req, res) => {
  // ruleid: javascript.lang.code-injection
  const plugin = require("./plugins/" + req.query.name);
  res.json(plugin.describe());
});

app.get("/plugin-safe", (req, res) => {
  // ok: javascript.lang.code-injection
  const plugin = require("./plugins/csv");
  res.json(plugin.describe(req.query.name));
});

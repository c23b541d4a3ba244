const express = require("express");
const app = express();

app.get("/calc", (req, res) => {
  // ruleid: javascript.lang.eval-non-literal
  const result = eval(req.query.expr);
  res.json({ result });
});

function compileFilter(expression) {
  // ruleid: javascript.lang.eval-non-literal
  return new Function("item", `return ${expression};`);
}

function makeGetter(field) {
  // ruleid: javascript.lang.eval-non-literal
  return Function("obj", "return obj." + field);
}

function poll(name) {
  // ruleid: javascript.lang.eval-non-literal
  setTimeout("refresh('" + name + "')", 1000);
}

function parseConfig(text) {
  // ruleid: javascript.lang.eval-non-literal
  return eval("(" + text + ")");
}

app.get("/calc-safe", (req, res) => {
  // ok: javascript.lang.eval-non-literal
  const data = JSON.parse(req.query.json);
  res.json({ data });
});

// ok: javascript.lang.eval-non-literal
const add = new Function("a", "b", "return a + b");

function pollSafe(name) {
  // ok: javascript.lang.eval-non-literal
  setTimeout(() => refresh(name), 1000);
}

// ok: javascript.lang.eval-non-literal
const polyfillCheck = eval("typeof globalThis");

function compileExpression(expression) {
  // ruleid: javascript.lang.eval-non-literal
  return new (Function)("return (" + expression + ")");
}

// ok: javascript.lang.eval-non-literal
const getGlobal = new (Function)("return this");

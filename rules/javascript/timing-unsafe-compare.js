const crypto = require("crypto");
const express = require("express");

const app = express();

app.post("/webhook", (req, res) => {
  const expected = crypto.createHmac("sha256", process.env.SECRET).update(req.rawBody).digest("hex");
  const signature = req.get("X-Signature");
  // ruleid: javascript.lang.timing-unsafe-secret-compare
  if (signature !== expected) {
    return res.sendStatus(401);
  }
  res.sendStatus(204);
});

function checkApiKey(provided, user) {
  // ruleid: javascript.lang.timing-unsafe-secret-compare
  return provided === user.apiKey;
}

// --- Safe versions ---

app.post("/webhook-safe", (req, res) => {
  const expected = Buffer.from(crypto.createHmac("sha256", process.env.SECRET).update(req.rawBody).digest("hex"));
  const signature = Buffer.from(req.get("X-Signature") || "");
  // ok: javascript.lang.timing-unsafe-secret-compare
  if (signature.length !== expected.length || !crypto.timingSafeEqual(signature, expected)) {
    return res.sendStatus(401);
  }
  res.sendStatus(204);
});

function parse(tokens) {
  const token = tokens[0];
  // ok: javascript.lang.timing-unsafe-secret-compare
  if (token === "(") return 1;
  // ok: javascript.lang.timing-unsafe-secret-compare
  if (token === undefined) return 0;
  return 2;
}

function login(member, password) {
  // ruleid: javascript.lang.timing-unsafe-secret-compare
  if (member.password !== password) {
    return false;
  }
  return true;
}

function checkForm(form) {
  // ok: javascript.lang.timing-unsafe-secret-compare
  if (form.password !== form.confirmPassword) {
    return "Passwords do not match";
  }
  // ok: javascript.lang.timing-unsafe-secret-compare
  if (form.password === undefined) {
    return "Missing password";
  }
  return null;
}

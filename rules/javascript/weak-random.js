const crypto = require("crypto");
const express = require("express");
const jwt = require("jsonwebtoken");

const app = express();

function generateToken(length) {
  const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let result = "";
  for (let i = 0; i < length; i++) {
    result += chars.charAt(Math.floor(Math.random() * chars.length));
  }
  // ruleid: javascript.crypto.weak-random
  return result;
}

// ruleid: javascript.crypto.weak-random
const createSessionId = () => Math.random().toString(36).substring(2);

app.post("/login", (req, res) => {
  // ruleid: javascript.crypto.weak-random
  const sessionToken = Math.random().toString(36).slice(2);
  // ruleid: javascript.crypto.weak-random
  res.cookie("session", sessionToken, { httpOnly: true, secure: true });
  // ruleid: javascript.crypto.weak-random
  req.session.csrf = Math.random().toString(16);
  res.json({ ok: true });
});

function sendOtp(user) {
  // ruleid: javascript.crypto.weak-random
  const otp = Math.floor(100000 + Math.random() * 900000);
  user.notify(otp);
}

function resetRecord(userId) {
  // ruleid: javascript.crypto.weak-random
  return { userId, resetToken: Math.random().toString(36).substr(2, 10) };
}

function sign(user) {
  const key = "k" + Math.random();
  // ruleid: javascript.crypto.weak-random
  return jwt.sign({ sub: user.id }, key);
}

// --- Safe versions ---

function generateTokenSafe() {
  // ok: javascript.crypto.weak-random
  return crypto.randomBytes(32).toString("hex");
}

app.post("/login-safe", (req, res) => {
  // ok: javascript.crypto.weak-random
  const sessionToken = crypto.randomUUID();
  // ok: javascript.crypto.weak-random
  res.cookie("session", sessionToken, { httpOnly: true, secure: true });
  res.json({ ok: true });
});

function pickColor() {
  const colors = ["red", "green", "blue"];
  // ok: javascript.crypto.weak-random
  const color = colors[Math.floor(Math.random() * colors.length)];
  return color;
}

function backoff(attempt) {
  // ok: javascript.crypto.weak-random
  const delay = Math.random() * 100 * 2 ** attempt;
  return delay;
}

function sendOtpSafe(user) {
  // ok: javascript.crypto.weak-random
  const otp = crypto.randomInt(100000, 1000000);
  user.notify(otp);
}

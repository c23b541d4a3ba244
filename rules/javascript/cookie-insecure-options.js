const express = require("express");
const session = require("express-session");

const app = express();

app.use(
  // ruleid: javascript.express.cookie-insecure-options
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: false, maxAge: 3600000 },
  })
);

app.post("/login", (req, res) => {
  // ruleid: javascript.express.cookie-insecure-options
  res.cookie("token", issueToken(req.body.user), { httpOnly: false, secure: true });
  res.sendStatus(204);
});

// --- Safe versions ---

app.post("/login-safe", (req, res) => {
  // ok: javascript.express.cookie-insecure-options
  res.cookie("token", issueToken(req.body.user), { httpOnly: true, secure: true, sameSite: "lax" });
  res.sendStatus(204);
});

app.use(
  // ok: javascript.express.cookie-insecure-options
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true },
  })
);

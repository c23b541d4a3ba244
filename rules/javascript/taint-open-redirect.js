const express = require("express");

const app = express();

function goTo(res, target) {
  // ruleid: javascript.express.open-redirect
  res.redirect(target);
}

app.get("/login", (req, res) => {
  // ruleid: javascript.express.open-redirect
  res.redirect(req.query.next);
});

app.get("/logout", (req, res) => {
  goTo(res, req.query.returnTo);
});

app.post("/continue", (req, res) => {
  const { url } = req.body;
  // ruleid: javascript.express.open-redirect
  res.redirect(302, url);
});

app.get("/out", (req, res) => {
  // ruleid: javascript.express.open-redirect
  res.writeHead(302, { Location: "https://" + req.query.host + "/welcome" });
  res.end();
});

app.get("/bounce", (req, res) => {
  // "/" + "/evil.example" is "//evil.example": another host.
  // ruleid: javascript.express.open-redirect
  res.setHeader("Location", "/" + req.query.path);
  res.statusCode = 302;
  res.end();
});

// --- Safe versions ---

app.get("/user", (req, res) => {
  // ok: javascript.express.open-redirect
  res.redirect(`/users/${req.query.id}/profile`);
});

app.get("/search", (req, res) => {
  // ok: javascript.express.open-redirect
  res.redirect("/search?q=" + encodeURIComponent(req.query.q));
});

app.get("/home", (req, res) => {
  // ok: javascript.express.open-redirect
  res.redirect("/dashboard");
});

app.get("/login-safe", (req, res) => {
  const next = req.query.next;
  if (!/^\/[a-z0-9/_-]*$/i.test(next)) {
    return res.redirect("/");
  }
  // ok: javascript.express.open-redirect
  res.redirect(next);
});

app.get("/docs", (req, res) => {
  // ok: javascript.express.open-redirect
  res.redirect("https://docs.example.com/" + req.query.page);
  // ok: javascript.express.open-redirect
  res.redirect(`https://docs.example.com/${req.query.page}`);
  // ok: javascript.express.open-redirect
  res.redirect(config.docsBase + req.query.page);
});

app.get("/docs-unsafe", (req, res) => {
  // ruleid: javascript.express.open-redirect
  res.redirect("https://docs.example.com" + req.query.page);
  // ruleid: javascript.express.open-redirect
  res.redirect("/" + req.query.page);
  // ruleid: javascript.express.open-redirect
  res.redirect(`/${req.query.page}`);
});

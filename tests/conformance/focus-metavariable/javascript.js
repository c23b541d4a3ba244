// ok: conf.focus-metavariable.javascript
app.get(
  "/a",
  auth,
  // ruleid: conf.focus-metavariable.javascript
  function (req, res) {
    res.send("x");
  }
);

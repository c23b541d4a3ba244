app.get("/a", function (req, res) {
  // ruleid: conf.pattern-inside.javascript
  res.send(req.query.name);
  // ok: conf.pattern-inside.javascript
  res.send(other.query.name);
});
function notAHandler(req, res) {
  // ok: conf.pattern-inside.javascript
  res.send(req.query.name);
}
router.get("/b", function (rq, rs) {
  // ruleid: conf.pattern-inside.javascript
  rs.send(rq.query.id);
});

// ruleid: conf.metavariable-comparison.javascript
res.cookie("sid", v, { maxAge: 31536000 });
// ok: conf.metavariable-comparison.javascript
res.cookie("sid", v, { maxAge: 3600 });
// ruleid: conf.metavariable-comparison.javascript
res.cookie("sid", v, { maxAge: 2592001 });

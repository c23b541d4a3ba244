// ruleid: conf.metavariable-regex.javascript
console.log(userPassword);
// ruleid: conf.metavariable-regex.javascript
console.log(req.headers.token);
// ok: conf.metavariable-regex.javascript
console.log(userName);

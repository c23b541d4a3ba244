// ruleid: conf.patterns.javascript
setTimeout("doIt()", 100);
// ruleid: conf.patterns.javascript
setTimeout('alert(1)');
// ok: conf.patterns.javascript
setTimeout(() => doIt(), 100);
// ok: conf.patterns.javascript
setInterval("doIt()", 100);

// ruleid: conf.metadata.javascript
document.write(location.hash);
// ok: conf.metadata.javascript
document.writeln2(x);

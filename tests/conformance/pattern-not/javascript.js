// ruleid: conf.pattern-not.javascript
el.innerHTML = userHtml;
// ruleid: conf.pattern-not.javascript
document.getElementById("x").innerHTML = "<b>" + name + "</b>";
// ok: conf.pattern-not.javascript
el.innerHTML = "<b>static</b>";
// ok: conf.pattern-not.javascript
el.innerHTML = DOMPurify.sanitize(userHtml);

// ruleid: conf.fix.javascript
el.textContent = name;
// ruleid: conf.fix.javascript
document.querySelector("#x").textContent = "<b>" + name + "</b>";
// ok: conf.fix.javascript
el.textContent = name;

// ruleid: conf.fix.javascript
el.innerHTML = name;
// ruleid: conf.fix.javascript
document.querySelector("#x").innerHTML = "<b>" + name + "</b>";
// ok: conf.fix.javascript
el.textContent = name;

// ruleid: conf.metavariable-pattern.javascript
el.innerHTML = location.hash;
// ruleid: conf.metavariable-pattern.javascript
el.innerHTML = "<a href='" + document.URL + "'>";
// ok: conf.metavariable-pattern.javascript
el.innerHTML = DOMPurify.sanitize(userHtml);

// ruleid: conf.metavariable-pattern.javascript.embedded
pyodide.runPython("os.system('ls')");
// ok: conf.metavariable-pattern.javascript.embedded
pyodide.runPython("print('os.system')");

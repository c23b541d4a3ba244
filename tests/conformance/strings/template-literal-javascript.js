// ruleid: compat.template-literal-javascript
const f = new Function("a", `return ${body}`);
// ok: compat.template-literal-javascript
const g = new Function("a", "return a");

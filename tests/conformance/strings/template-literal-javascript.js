// ruleid: compat.template-literal-javascript
const f = new Function("a", `return ${body}`);

// ruleid: conf.pattern.javascript
const r: number = eval(userInput as string);
function f(x: string): void {
  // ruleid: conf.pattern.javascript
  eval(x);
  // ok: conf.pattern.javascript
  evaluate(x);
}

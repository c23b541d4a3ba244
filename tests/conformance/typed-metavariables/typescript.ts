function f(s: string, n: number) {
  const t: string = g();
  // todoruleid: conf.typed-metavariables.typescript
  sink(s);
  // todoruleid: conf.typed-metavariables.typescript
  sink(t);
  // ok: conf.typed-metavariables.typescript
  sink(n);
}

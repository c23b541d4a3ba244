export function runFormula(formula: string, row: Record<string, number>): number {
  // ruleid: javascript.lang.eval-non-literal
  const fn = new Function("row", `with (row) { return ${formula}; }`) as (r: object) => number;
  return fn(row);
}

export function parse(input: string): unknown {
  // ruleid: javascript.lang.eval-non-literal
  return eval(input);
}

export function parseSafe(input: string): unknown {
  // ok: javascript.lang.eval-non-literal
  return JSON.parse(input);
}

// ok: javascript.lang.eval-non-literal
const double = new Function("x", "return x * 2") as (x: number) => number;

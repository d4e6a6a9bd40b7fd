// Compiles the simplest shape of invariant (terms `path.exists()`, `path.empty()`, `path.hasValue()`,
// optionally `.not()`, joined by one of `or`/`and`, or `A implies B`) into a direct JSON check; such
// expressions are most of R4's invariants and FHIRPath evaluation of them costs 10-30 µs each.

/** A compiled invariant: true when it holds on the element value. */
export type SimpleInvariant = (value: unknown) => boolean;

const TERM = /^([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)\.(exists|empty|hasValue)\(\)(\.not\(\))?$/;

function children(value: unknown, name: string, out: unknown[]): void {
  if (Array.isArray(value)) {
    for (const v of value) children(v, name, out);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const obj = value as Record<string, unknown>;
  const push = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v) out.push(x);
    else if (v !== undefined && v !== null) out.push(v);
  };
  if (name in obj || `_${name}` in obj) {
    push(obj[name] ?? obj[`_${name}`]);
    return;
  }
  // A choice element is named without its type (`value` for valueQuantity).
  for (const key of Object.keys(obj)) {
    if (key.length > name.length && key.startsWith(name) && key.charCodeAt(name.length) >= 65 && key.charCodeAt(name.length) <= 90) push(obj[key]);
  }
}

function compileTerm(text: string): SimpleInvariant | undefined {
  const m = TERM.exec(text.trim());
  if (!m) return undefined;
  const steps = (m[1] as string).split('.');
  const fn = m[2];
  const not = m[3] !== undefined;
  return (value) => {
    let current: unknown[] = [value];
    for (const step of steps) {
      const next: unknown[] = [];
      for (const v of current) children(v, step, next);
      current = next;
    }
    const present = fn === 'hasValue' ? current.length === 1 && typeof current[0] !== 'object' : current.length > 0;
    const result = fn === 'empty' ? !present : present;
    return not ? !result : result;
  };
}

/** The compiled check, or undefined when the expression is not of the simple shape. */
export function compileSimpleInvariant(expression: string): SimpleInvariant | undefined {
  if (/[()`'%$|=<>]/.test(expression.replace(/\.(exists|empty|hasValue|not)\(\)/g, ''))) return undefined;
  const implies = expression.split(' implies ');
  if (implies.length === 2) {
    const a = compileTerm(implies[0] as string);
    const b = compileTerm(implies[1] as string);
    return a && b ? (v) => !a(v) || b(v) : undefined;
  }
  const ors = expression.split(' or ');
  const ands = expression.split(' and ');
  if (ors.length > 1 && ands.length > 1) return undefined;
  const parts = (ors.length > 1 ? ors : ands).map(compileTerm);
  if (parts.some((p) => p === undefined)) return undefined;
  const terms = parts as SimpleInvariant[];
  return ors.length > 1 ? (v) => terms.some((t) => t(v)) : (v) => terms.every((t) => t(v));
}

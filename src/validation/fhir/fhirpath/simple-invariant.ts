// Compiles simple invariant shapes into direct JSON checks: terms `path.exists()`, `path.empty()`,
// `path.hasValue()` (optionally `.not()`), `path >= 0` (comparison with a number, text, true/false),
// `system = %ucum`, `path in ('a' | 'b')`, `path.where(cond).exists()`, `path.select(cond).exists()`,
// `path.all(cond)`, `(a.count() + b.count()) <= 1`, `path.matches('re')` (also startsWith, contains),
// `path.isDistinct()`, `descendants().path.isDistinct()`, `(expr).not()`, `fn(...).not()`, `a.exists() = b.exists()`
// (also `!=`), `(a | b).exists()`, `$this` as a path, `children()`, `first()` and `tail()` as steps, combined with `and`, `or`, `xor`, `implies` and
// parentheses, with FHIRPath's three-valued logic (empty). Most of R4's invariants have this shape; the
// FHIRPath engine costs 10-100 µs each, milliseconds on a large resource (a StructureDefinition).
import r4 from 'fhirpath/fhir-context/r4/index.js';
import { jsonEquals } from '../engine/json-equality.js';

/** Choice element name (`value`) -> the type suffixes R4 allows it anywhere (`Quantity`, `String`...). */
const CHOICES = new Map<string, Set<string>>();
for (const [path, types] of Object.entries(r4.choiceTypePaths as Record<string, string[]>)) {
  const name = path.slice(path.lastIndexOf('.') + 1);
  const set = CHOICES.get(name) ?? new Set<string>();
  for (const t of types) set.add(t);
  CHOICES.set(name, set);
}

/** A compiled invariant: true when it holds on the element value (empty counts as holding). */
export type SimpleInvariant = (value: unknown) => boolean;
type Tri = (value: unknown) => boolean | undefined;

const PATH = '([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)*)';
// A path that may also be `$this` (the focus) or start with `children()`.
// A path whose steps after the first may also be `first()` or `tail()`.
const NAV_PATH = '([A-Za-z][A-Za-z0-9]*(?:\\.(?:[A-Za-z][A-Za-z0-9]*|first\\(\\)|tail\\(\\)))*)';
const FOCUS_PATH = `(\\$this|(?:children\\(\\)\\.)?${NAV_PATH.slice(1, -1)})`;
const EXISTS = new RegExp(`^${NAV_PATH}\\.(exists|empty|hasValue)\\(\\)(\\.not\\(\\))?$`);
const UNION_EXISTS = new RegExp(`^\\(${PATH}((?:\\s*\\|\\s*${PATH})+)\\)\\.(exists|empty)\\(\\)$`);
const COMPARE = new RegExp(`^${PATH}\\s*(>=|<=|>|<|=|!=)\\s*(-?\\d+(?:\\.\\d+)?|'[^'\\\\]*'|%ucum|true|false)$`);
const COUNTS = new RegExp(
  `^(${PATH}\\.count\\(\\)(?:\\s*\\+\\s*${PATH}\\.count\\(\\))*)\\s*(>=|<=|>|<|=|!=)\\s*(\\d+)$`,
);
const STRING_FN = new RegExp(
  `^(?:${FOCUS_PATH}\\.)?(matches|startsWith|contains)\\('((?:[^'\\\\]|\\\\.)*)'\\)(\\.not\\(\\))?$`,
);
const DISTINCT = new RegExp(`^(descendants\\(\\)\\.)?${PATH}(?:\\.select\\(${PATH}\\))?\\.isDistinct\\(\\)$`);
const ESCAPES: Record<string, string> = { f: '\f', n: '\n', r: '\r', t: '\t' };
const UCUM = 'http://unitsofmeasure.org';

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
  // A choice element is named without its type (`value` for valueQuantity), only where R4 has one by that name.
  const types = CHOICES.get(name);
  if (types)
    for (const key of Object.keys(obj)) if (key.startsWith(name) && types.has(key.slice(name.length))) push(obj[key]);
}

/** FHIRPath `children()`: every child node (a resource's `resourceType` is not one). */
function allChildren(value: unknown, out: unknown[]): void {
  for (const item of Array.isArray(value) ? value : [value]) {
    if (typeof item !== 'object' || item === null) continue;
    for (const [key, child] of Object.entries(item as Record<string, unknown>)) {
      if (key === 'resourceType') continue;
      for (const c of Array.isArray(child) ? child : [child]) if (c !== null && c !== undefined) out.push(c);
    }
  }
}

function navigate(value: unknown, steps: readonly string[]): unknown[] {
  let current: unknown[] = [value];
  for (const step of steps) {
    if (step === 'first()' || step === 'tail()') {
      current = step === 'first()' ? current.slice(0, 1) : current.slice(1);
      continue;
    }
    const next: unknown[] = [];
    for (const v of current)
      if (step === 'children()') allChildren(v, next);
      else children(v, step, next);
    current = next;
  }
  return current;
}

/** The steps of a path: none for `$this`. */
const stepsOf = (path: string | undefined): string[] => (path === undefined || path === '$this' ? [] : path.split('.'));

function compare(a: number | string, op: string, b: number | string): boolean {
  switch (op) {
    case '>=':
      return a >= b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '<':
      return a < b;
    case '=':
      return a === b;
    default:
      return a !== b;
  }
}

const WHERE = new RegExp(
  `^(?:${FOCUS_PATH}\\.)?(where|select)\\((.*)\\)(?:\\.${PATH})?\\.(exists|empty)\\(\\)(\\.not\\(\\))?$`,
);
const BOOLEAN = new RegExp(`^${PATH}$`);
const TRACE = /\.trace\('[^'\\]*'\)/g;
const ALL = new RegExp(`^(?:${NAV_PATH}\\.)?all\\((.*)\\)$`);

/** Every node strictly below `value` (FHIRPath `descendants()`). */
function descendants(value: unknown, out: unknown[]): void {
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    for (const child of Object.values(item as Record<string, unknown>)) {
      for (const c of Array.isArray(child) ? child : [child]) {
        if (c === null || c === undefined) continue;
        out.push(c);
        descendants(c, out);
      }
    }
  }
}

/** The string of a FHIRPath string function's input, as fhirpath.js takes it (singleton of String). */
function singleString(found: unknown[]): string | undefined {
  if (found.length > 1) throw new Error('Unexpected collection; expected singleton of type String');
  const v = found[0];
  if (v === undefined || (typeof v === 'object' && v !== null)) return undefined;
  if (typeof v !== 'string') throw new Error(`Expected string, but got: ${JSON.stringify(v)}`);
  return v;
}

/** `matches` as fhirpath.js runs it: a pattern JavaScript refuses fails each evaluation on a string. */
function matcher(pattern: string): (s: string) => boolean {
  try {
    const re = new RegExp(pattern, 'us');
    return (s) => re.test(s);
  } catch (cause) {
    return () => {
      throw cause;
    };
  }
}

/** A FHIRPath string literal's text, escapes resolved. */
function unescape(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, c: string) =>
    c.length === 5 ? String.fromCharCode(parseInt(c.slice(1), 16)) : (ESCAPES[c] ?? c),
  );
}

function compileCounts(text: string): Tri | undefined {
  let t = text;
  // `(a.count() + b.count()) > 0`: the sum in parentheses.
  if (t.startsWith('(')) {
    const close = t.indexOf(')', t.lastIndexOf('count()') + 7);
    if (close < 0 || !wrapped(t.slice(0, close + 1))) return undefined;
    t = t.slice(1, close) + t.slice(close + 1);
  }
  const m = COUNTS.exec(t);
  if (!m) return undefined;
  const op = m[m.length - 2] as string;
  const limit = Number(m[m.length - 1]);
  const paths = (m[1] as string).split('+').map((p) => p.trim().slice(0, -8).split('.'));
  return (value) => {
    let n = 0;
    for (const steps of paths) n += navigate(value, steps).length;
    return compare(n, op, limit);
  };
}

function compileFunctionTerm(text: string, depth: number): Tri | undefined {
  const w = WHERE.exec(text);
  if (w && wrapped(`(${w[3] as string})`) && (w[4] === undefined || w[2] === 'where')) {
    const steps = stepsOf(w[1]);
    const after = w[4] ? w[4].split('.') : [];
    const cond = compileExpr(w[3] as string, depth + 1);
    const exists = (w[5] === 'exists') !== (w[6] !== undefined);
    if (!cond) return undefined;
    // where keeps the items whose condition is true (then `.path` of them, if any); select (of a condition)
    // those where it is not empty.
    const keep =
      w[2] === 'where'
        ? after.length === 0
          ? (item: unknown) => cond(item) === true
          : (item: unknown) => cond(item) === true && navigate(item, after).length > 0
        : (item: unknown) => cond(item) !== undefined;
    return (value) => navigate(value, steps).some(keep) === exists;
  }
  const not = text.endsWith('.not()');
  const a = ALL.exec(not ? text.slice(0, -6) : text);
  if (a && wrapped(`(${a[2] as string})`)) {
    const steps = a[1] ? a[1].split('.') : [];
    const cond = compileExpr(a[2] as string, depth + 1);
    // all() is true or false, never empty: `.not()` of it is its negation.
    return cond ? (value) => navigate(value, steps).every((item) => cond(item) === true) !== not : undefined;
  }
  const f = STRING_FN.exec(text);
  if (f) {
    const steps = stepsOf(f[1]);
    const arg = unescape(f[3] as string);
    const not = f[4] !== undefined;
    const test =
      f[2] === 'matches'
        ? matcher(arg)
        : f[2] === 'startsWith'
          ? (s: string) => s.startsWith(arg)
          : (s: string) => s.includes(arg);
    return (value) => {
      const s = singleString(navigate(value, steps));
      return s === undefined ? undefined : test(s) !== not;
    };
  }
  const d = DISTINCT.exec(text);
  if (d) {
    const steps = [...(d[2] as string).split('.'), ...(d[3] ? d[3].split('.') : [])];
    const below = d[1] !== undefined;
    return (value) => {
      let start: unknown[] = [value];
      if (below) descendants(value, (start = []));
      const found: unknown[] = [];
      for (const v of start) found.push(...navigate(v, steps));
      return found.every((x, i) => found.findIndex((y) => y === x || jsonEquals(x, y)) === i);
    };
  }
  const b = BOOLEAN.exec(text);
  if (b) {
    // A path used as a Boolean (`isModifier`): its single boolean value.
    const steps = (b[1] as string).split('.');
    return (value) => {
      const found = navigate(value, steps);
      if (found.length === 0) return undefined;
      if (found.length === 1 && typeof found[0] === 'boolean') return found[0];
      throw new Error(`Expected boolean, but got: ${JSON.stringify(found)}`);
    };
  }
  return compileCounts(text);
}
const IN = new RegExp(`^${FOCUS_PATH}\\s+in\\s+\\(('[^']*'(?:\\s*\\|\\s*'[^']*')*)\\)$`);
// `a.exists() = b.empty()`: two Booleans compared (each side always true or false).
const BOOLEAN_SIDE = /\.(exists|empty)\(\)(\.not\(\))?$/;

function compileTerm(text: string, depth: number): Tri | undefined {
  const fn = compileFunctionTerm(text, depth);
  if (fn) return fn;
  const inList = IN.exec(text);
  if (inList) {
    const steps = stepsOf(inList[1]);
    const options = new Set((inList[2] as string).split('|').map((o) => o.trim().slice(1, -1)));
    return (value) => {
      const found = navigate(value, steps);
      if (found.length === 0) return undefined;
      return found.length === 1 && typeof found[0] === 'string' && options.has(found[0]);
    };
  }
  if (text.endsWith('.not()') && wrapped(text.slice(0, -6))) {
    const inner = compileExpr(text.slice(1, -7), depth + 1);
    return inner
      ? (v) => {
          const r = inner(v);
          return r === undefined ? undefined : !r;
        }
      : undefined;
  }
  const u = UNION_EXISTS.exec(text);
  if (u) {
    // `(a | b).exists()`: the union is not empty when one of its paths is not.
    const paths = [u[1] as string, ...(u[2] as string).split('|').slice(1)].map((p) => p.trim().split('.'));
    const exists = u[u.length - 1] === 'exists';
    return (value) => paths.some((steps) => navigate(value, steps).length > 0) === exists;
  }
  const e = EXISTS.exec(text);
  if (e) {
    const steps = (e[1] as string).split('.');
    const fn = e[2];
    const not = e[3] !== undefined;
    return (value) => {
      const found = navigate(value, steps);
      const present = fn === 'hasValue' ? found.length === 1 && typeof found[0] !== 'object' : found.length > 0;
      const result = fn === 'empty' ? !present : present;
      return not ? !result : result;
    };
  }
  const c = COMPARE.exec(text);
  if (c) {
    const steps = (c[1] as string).split('.');
    const op = c[2] as string;
    const raw = c[3] as string;
    const literal: number | string | boolean =
      raw === '%ucum'
        ? UCUM
        : raw === 'true' || raw === 'false'
          ? raw === 'true'
          : raw.startsWith("'")
            ? raw.slice(1, -1)
            : Number(raw);
    return (value) => {
      const found = navigate(value, steps);
      if (found.length !== 1) return undefined;
      const v = found[0];
      if (typeof v !== typeof literal) return op === '=' ? false : op === '!=' ? true : undefined;
      if (typeof literal === 'boolean') return op === '=' ? v === literal : op === '!=' ? v !== literal : undefined;
      return compare(v as number | string, op, literal);
    };
  }
  return undefined;
}

/** Splits at a top-level (outside parentheses and quotes) keyword such as ` or `. */
function splitTop(text: string, keyword: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')') depth--;
    else if (!quoted && depth === 0 && text.startsWith(keyword, i)) {
      parts.push(text.slice(start, i));
      i += keyword.length - 1;
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

function wrapped(text: string): boolean {
  if (!text.startsWith('(') || !text.endsWith(')')) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    if (depth === 0 && i < text.length - 1) return false;
  }
  return true;
}

function compileExpr(text: string, depth: number): Tri | undefined {
  if (depth > 6) return undefined;
  const t = text.trim();
  if (wrapped(t)) return compileExpr(t.slice(1, -1), depth + 1);
  const implies = splitTop(t, ' implies ');
  if (implies.length === 2) {
    const a = compileExpr(implies[0] as string, depth + 1);
    const b = compileExpr(implies[1] as string, depth + 1);
    if (!a || !b) return undefined;
    return (v) => {
      const x = a(v);
      if (x === false) return true;
      const y = b(v);
      return x === true ? y : y === true ? true : undefined;
    };
  }
  if (implies.length > 2) return undefined;
  if (splitTop(t, ' xor ').length > 1 && splitTop(t, ' or ').length > 1) return undefined;
  const xor = splitTop(t, ' xor ');
  if (xor.length > 2) return undefined;
  if (xor.length === 2) {
    const a = compileExpr(xor[0] as string, depth + 1);
    const b = compileExpr(xor[1] as string, depth + 1);
    if (!a || !b) return undefined;
    return (v) => {
      const x = a(v);
      const y = b(v);
      return x === undefined || y === undefined ? undefined : x !== y;
    };
  }
  for (const [keyword, isOr] of [
    [' or ', true],
    [' and ', false],
  ] as const) {
    const parts = splitTop(t, keyword);
    if (parts.length < 2) continue;
    const terms = parts.map((p) => compileExpr(p, depth + 1));
    if (terms.some((x) => x === undefined)) return undefined;
    const fns = terms as Tri[];
    return (v) => {
      let unknown = false;
      for (const f of fns) {
        const r = f(v);
        if (r === isOr) return isOr;
        if (r === undefined) unknown = true;
      }
      return unknown ? undefined : !isOr;
    };
  }
  return compileTerm(t, depth) ?? compileEquality(t, depth);
}

/** `a.exists() = b.exists()` (or `!=`): equality of two Boolean terms. */
function compileEquality(text: string, depth: number): Tri | undefined {
  for (const op of [' = ', ' != ']) {
    const sides = splitTop(text, op);
    if (sides.length !== 2 || !sides.every((side) => BOOLEAN_SIDE.test(side))) continue;
    const a = compileExpr(sides[0] as string, depth + 1);
    const b = compileExpr(sides[1] as string, depth + 1);
    if (!a || !b) return undefined;
    return (v) => {
      const x = a(v);
      const y = b(v);
      return x === undefined || y === undefined ? undefined : (x === y) === (op === ' = ');
    };
  }
  return undefined;
}

/** The compiled check, or undefined when the expression is not of a supported shape. */
export function compileSimpleInvariant(expression: string): SimpleInvariant | undefined {
  let tri: Tri | undefined;
  try {
    tri = compileExpr(expression.replace(TRACE, ''), 0); // trace() is the identity here
  } catch {
    return undefined; // e.g. a regular expression JavaScript does not accept: left to the FHIRPath engine
  }
  return tri ? (value) => tri(value) !== false : undefined;
}

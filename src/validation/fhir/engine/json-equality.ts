/** Deep equality of JSON values (fixed[x]: exact match). */
export function jsonEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEquals(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => jsonEquals((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/**
 * Pattern match (pattern[x]): every property of the pattern is present in the value with a
 * matching value; each item of a pattern array matches some item of the value's array.
 */
export function jsonContains(value: unknown, pattern: unknown): boolean {
  if (typeof pattern !== 'object' || pattern === null) return value === pattern;
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(pattern)) {
    if (!Array.isArray(value)) return false;
    return pattern.every((p) => value.some((v) => jsonContains(v, p)));
  }
  if (Array.isArray(value)) return false;
  for (const [k, p] of Object.entries(pattern)) {
    if (!jsonContains((value as Record<string, unknown>)[k], p)) return false;
  }
  return true;
}

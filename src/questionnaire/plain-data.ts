/**
 * A copy of parsed data in which every map is an object without prototype, so that keys such as
 * `__proto__`, `constructor` or `prototype` are plain data: a lookup of a key that is absent
 * finds nothing (never Object.prototype's members), and no assignment can reach a prototype.
 * The data is acyclic and at most YAML_LIMITS.maxDepth deep (checked before).
 */
export function plainData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainData);
  if (typeof value !== 'object' || value === null) return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) out[key] = plainData(item);
  return out;
}

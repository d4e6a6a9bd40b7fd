/**
 * A lookup table safe to index with a string from the input: no prototype, so `__proto__`,
 * `constructor` or `toString` find nothing instead of Object.prototype's members.
 *
 * @example
 * const table = plainTable({ boolean: 1 });
 * table['constructor'] // undefined
 */
export function plainTable<V>(entries: Readonly<Record<string, V>>): Readonly<Record<string, V | undefined>> {
  return Object.assign(Object.create(null) as Record<string, V>, entries);
}

/** An empty table safe to fill with keys from the input (see {@link plainTable}). */
export function emptyTable<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

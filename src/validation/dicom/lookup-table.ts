/**
 * A copy of `entries` without a prototype, for tables looked up with keys read from a file:
 * `table['constructor']` or `table['__proto__']` is then undefined, as for any unknown key,
 * instead of an inherited member of Object.prototype.
 *
 * @example
 * const LABELS = lookupTable({ ISO_IR_100: 'latin1' });
 * LABELS['constructor'] // undefined
 */
export function lookupTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T | undefined>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

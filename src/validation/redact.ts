import { createHash } from 'node:crypto';

/**
 * A value taken from the data (a name, code or URL that no schema defines), as it may appear in a
 * finding without `--show-values`: its length and the first 8 hex digits of its SHA-256, so two
 * findings about the same value can be matched without either showing it.
 *
 * @example
 * redactValue('MRN-0012345') // '‹11 chars #723b1e2e›'
 */
export function redactValue(value: string): string {
  const hash = createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 8);
  return `‹${value.length} chars #${hash}›`;
}

/** `value` itself when values were asked for (`--show-values`), else {@link redactValue}. */
export function shownValue(value: string, showValues: boolean): string {
  return showValues ? value : redactValue(value);
}

/** `part / whole`, rounded to 4 decimals; null when there is nothing to count (missing is not zero). */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

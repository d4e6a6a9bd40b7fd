/** `part / whole` rounded to 4 decimals, or null when `whole` is 0 (nothing measured is not 0%). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}

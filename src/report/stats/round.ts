/**
 * Rounds a score for reports (default one decimal, as scores are shown), once, so that the Markdown,
 * HTML, CSV and JSON outputs agree to the last digit. `-0` becomes `0`.
 */
export function round(value: number, decimals = 1): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
}

/** Rounds a nullable number. */
export function roundOrNull(value: number | null | undefined, decimals = 1): number | null {
  return value === null || value === undefined ? null : round(value, decimals);
}

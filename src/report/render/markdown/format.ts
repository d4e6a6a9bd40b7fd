/** How numbers look in the report: scores with one decimal, shares as percentages, missing as "n/a". */

/** A score (0-100) with one decimal, or "n/a". */
export function fmtScore(value: number | null | undefined): string {
  return value === null || value === undefined ? 'n/a' : value.toFixed(1);
}

/** A share (0..1) as a whole percentage. */
export function fmtShare(value: number | null | undefined): string {
  return value === null || value === undefined ? 'n/a' : `${Math.round(value * 100)} %`;
}

/** A change in points with its sign. */
export function fmtDelta(value: number | null | undefined): string {
  if (value === null || value === undefined) return 'n/a';
  return value > 0 ? `+${value.toFixed(1)}` : value.toFixed(1);
}

/** A count with thousands separators (comma, as in English). */
export function fmtCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

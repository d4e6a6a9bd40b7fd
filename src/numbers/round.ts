/**
 * THE rounding of every number a person reads (terminal, Markdown, HTML, CSV, XLSX, charts):
 * half away from zero, by default to one decimal, so that 48.15 is 48.2 everywhere and -48.15 is -48.2.
 *
 * Binary floats cannot hold most decimals: 48.15 is stored as 48.149999999999998578..., which
 * `Math.round(48.15 * 10) / 10` turns into 48.1. So the value is first read back as the decimal it
 * stands for, its 15 significant digits (`toPrecision(15)`: every decimal of up to 15 digits
 * survives the round trip through a double, and the binary noise sits beyond), and that decimal
 * string is rounded digit by digit. The result is the double nearest to the rounded decimal.
 * `-0` becomes `0`.
 * @example round(48.15) // 48.2
 * @example round(1.005, 2) // 1.01
 */
export function round(value: number, decimals = 1): number {
  if (!Number.isFinite(value)) return value;
  const text = Math.abs(value).toPrecision(15);
  // Exponent notation: below 1e-6 (rounds to 0 at any decimals we use) or above 1e15 (no decimals to round).
  if (text.includes('e')) return Math.abs(value) < 1 ? 0 : value;
  const [whole = '0', fraction = ''] = text.split('.');
  const kept = BigInt(whole + fraction.padEnd(decimals, '0').slice(0, decimals));
  const up = (fraction[decimals] ?? '0') >= '5' ? 1n : 0n;
  const magnitude = Number(kept + up) / 10 ** decimals;
  const r = value < 0 ? -magnitude : magnitude;
  return r === 0 ? 0 : r;
}

/** Rounds a nullable number. */
export function roundOrNull(value: number | null | undefined, decimals = 1): number | null {
  return value === null || value === undefined ? null : round(value, decimals);
}

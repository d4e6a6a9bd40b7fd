/**
 * Small-group suppression: a breakdown group with fewer than `minGroup` subjects shows no figures
 * (its members could be recognised). `minGroup` 1 suppresses nothing.
 */
export function isSuppressed(n: number, minGroup: number): boolean {
  return n < minGroup;
}

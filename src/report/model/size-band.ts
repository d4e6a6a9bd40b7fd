import type { ScorecardSubject } from '../../scoring/scorecard.js';

/**
 * The size of a subject in words, for breakdowns: as given (small, medium, large), or banded from
 * beds (under 200 small, under 600 medium), else from population (under 1 million small, under 10
 * million medium), else from staff (under 500 small, under 3,000 medium).
 */
export function sizeBand(size: ScorecardSubject['size']): string | null {
  if (size === undefined) return null;
  if (typeof size === 'string') return size;
  const band = (value: number, small: number, medium: number): string =>
    value < small ? 'small' : value < medium ? 'medium' : 'large';
  if (size.beds !== undefined) return band(size.beds, 200, 600);
  if (size.population !== undefined) return band(size.population, 1_000_000, 10_000_000);
  if (size.staff !== undefined) return band(size.staff, 500, 3_000);
  return null;
}

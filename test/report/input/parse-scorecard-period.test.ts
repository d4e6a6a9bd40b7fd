import { describe, expect, it } from 'vitest';
import { parseScorecard } from '../../../src/report/input/parse-scorecard.js';
import { makeScorecard } from '../../fixtures/report/scorecard-generator.mjs';

const text = (period: string) => JSON.stringify(makeScorecard({ subject: { id: 'a', name: 'A' }, period }));

describe('parseScorecard: the period', () => {
  it('reads a scorecard of every kind of period', () => {
    for (const period of ['2026', '2026-H2', '2026-Q3', '2026-05', '2026-05-14'])
      expect(parseScorecard({ path: 'a.json', text: text(period) }).period).toBe(period);
  });

  it('refuses a period that is not one, or a date that does not exist, saying where', () => {
    expect(() => parseScorecard({ path: 'a.json', text: text('2026-W05') })).toThrow(
      /not a valid scorecard: \/period must match pattern/,
    );
    try {
      parseScorecard({ path: 'a.json', text: text('2026-02-30') });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toBe("not a valid scorecard: period '2026-02-30' is not a calendar date");
      expect((error as { location: unknown }).location).toEqual({ file: 'a.json', path: '/period' });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { latestScorecards } from '../../src/scoring/latest-scorecards.js';
import type { Scorecard } from '../../src/scoring/scorecard.js';
import { makeScorecard } from '../fixtures/report/scorecard-generator.mjs';

const card = (id: string, period: string, version = '1.0.0'): Scorecard =>
  makeScorecard({ subject: { id, name: id }, period, questionnaire: { id: 'q', version, title: 'Q' } });

describe('latestScorecards', () => {
  it('keeps each subject once per questionnaire version, on the period that ends last', () => {
    const cards = [
      card('a', '2026-Q3'),
      card('a', '2026-05'),
      card('b', '2026'),
      card('a', '2025', '2.0.0'),
      card('a', '2024'),
    ];
    const { latest, earlier } = latestScorecards(cards);
    expect(latest.map((c) => [c.subject.id, c.period, c.questionnaire.version])).toEqual([
      ['a', '2026-Q3', '1.0.0'],
      ['b', '2026', '1.0.0'],
      ['a', '2025', '2.0.0'],
    ]);
    expect(earlier.map((c) => c.period)).toEqual(['2024', '2026-05']);
  });
});

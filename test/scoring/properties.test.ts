import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/questionnaire/assessment-model.js';
import type { Scorecard } from '../../src/scoring/scorecard.js';
import { raise, scoredArb } from './arbitraries.js';
import { scoreValid } from './scorecard-validator.js';

const RUNS = { numRuns: 150, seed: 20260 };
const EPS = 1e-9;

function allScores(card: Scorecard): number[] {
  return [
    ...card.indicators.map((i) => i.score),
    ...card.domains.map((d) => d.score),
    card.overall.score,
    card.overall.uncertainty?.low ?? null,
    card.overall.uncertainty?.high ?? null,
    ...card.recommendations.map((r) => r.potentialGain),
  ].filter((s): s is number => s !== null);
}

describe('scoring properties', () => {
  it('every score, bound and gain lies within 0..100, and every scorecard matches its schema', () => {
    fc.assert(
      fc.property(scoredArb, ({ q, assessment }) => {
        const card = scoreValid(q, assessment);
        for (const s of allScores(card)) expect(s >= 0 && s <= 100).toBe(true);
        for (const d of card.domains) expect(d.coverage >= 0 && d.coverage <= 1).toBe(true);
        const { low, high } = card.overall.uncertainty!;
        if (card.overall.score !== null) expect(low <= card.overall.score && card.overall.score <= high).toBe(true);
      }),
      RUNS,
    );
  });

  it('raising one given answer never lowers its indicator, domain or overall score', () => {
    fc.assert(
      fc.property(scoredArb, fc.nat(), ({ q, assessment }, pick) => {
        const indicators = q.domains.flatMap((d) => d.indicators);
        const given = indicators.filter(
          (ind) => assessment.answers[ind.id] !== 'unknown' && raise(ind, assessment.answers[ind.id]) !== undefined,
        );
        fc.pre(given.length > 0);
        const ind = given[pick % given.length]!;
        const raised: Assessment = {
          ...assessment,
          answers: {
            ...assessment.answers,
            [ind.id]: raise(ind, assessment.answers[ind.id]) as Assessment['answers'][string],
          },
        };
        const before = scoreValid(q, assessment);
        const after = scoreValid(q, raised);
        const b = before.indicators.find((i) => i.id === ind.id)!;
        const a = after.indicators.find((i) => i.id === ind.id)!;
        expect(a.score! + EPS).toBeGreaterThanOrEqual(b.score!);
        const dBefore = before.domains.find((d) => d.id === b.domain)!;
        const dAfter = after.domains.find((d) => d.id === b.domain)!;
        if (dBefore.score !== null) expect(dAfter.score! + EPS).toBeGreaterThanOrEqual(dBefore.score);
        if (before.overall.score !== null)
          expect(after.overall.score! + EPS).toBeGreaterThanOrEqual(before.overall.score);
      }),
      RUNS,
    );
  });

  it('the order of domains, indicators and answers does not change any score', () => {
    fc.assert(
      fc.property(scoredArb, ({ q, assessment }) => {
        const reversed = {
          ...q,
          domains: [...q.domains].reverse().map((d) => ({ ...d, indicators: [...d.indicators].reverse() })),
        };
        const shuffledAnswers: Assessment = {
          ...assessment,
          answers: Object.fromEntries(Object.entries(assessment.answers).reverse()),
        };
        const one = scoreValid(q, assessment);
        const two = scoreValid(reversed, shuffledAnswers);
        const byId = (card: Scorecard) =>
          Object.fromEntries([
            ...card.indicators.map((i) => [i.id, i.score]),
            ...card.domains.map((d) => [`domain:${d.id}`, d.score]),
          ]);
        expect(byId(two)).toEqual(byId(one));
        if (one.overall.score === null) expect(two.overall.score).toBeNull();
        else expect(two.overall.score).toBeCloseTo(one.overall.score, 6);
        expect(two.overall.coverage).toBe(one.overall.coverage);
      }),
      RUNS,
    );
  });

  it('scoring is deterministic: same inputs, same bytes', () => {
    fc.assert(
      fc.property(scoredArb, ({ q, assessment }) => {
        expect(JSON.stringify(scoreValid(structuredClone(q), structuredClone(assessment)))).toBe(
          JSON.stringify(scoreValid(q, assessment)),
        );
      }),
      { ...RUNS, numRuns: 50 },
    );
  });
});

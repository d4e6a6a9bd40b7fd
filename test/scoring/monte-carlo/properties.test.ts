// Properties of the Monte Carlo uncertainty analysis (issue 8 item 3), over generated questionnaires.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/questionnaire/assessment-model.js';
import type { Questionnaire } from '../../../src/questionnaire/model.js';
import { compileQuestionnaire } from '../../../src/scoring/compile.js';
import { runMonteCarlo } from '../../../src/scoring/monte-carlo/monte-carlo.js';
import { mcSubjectOf } from '../../../src/scoring/monte-carlo/scorecard-uncertainty.js';
import { scoreAssessment } from '../../../src/scoring/score-assessment.js';
import { answerArb, questionnaireArb } from '../arbitraries.js';

const RUNS = { numRuns: 60, seed: 20261 };
const DRAWS = 200;

type Source = 'self-reported' | 'documented' | 'verified';

/** A questionnaire with 2-5 subjects answering it, every answer given with the source chosen. */
function groupArb(opts: {
  unknowns: boolean;
  sources: readonly Source[];
}): fc.Arbitrary<{ q: Questionnaire; assessments: Assessment[] }> {
  return questionnaireArb.chain((q) => {
    const indicators = q.domains.flatMap((d) => d.indicators);
    const subject = fc.tuple(
      ...indicators.map((ind) =>
        fc.tuple(
          opts.unknowns ? answerArb(ind) : answerArb(ind).filter((v) => v !== 'unknown'),
          fc.constantFrom(...opts.sources),
        ),
      ),
    );
    return fc.array(subject, { minLength: 2, maxLength: 5 }).map((subjects) => ({
      q,
      assessments: subjects.map((values, j): Assessment => {
        const answers: Assessment['answers'] = {};
        indicators.forEach((ind, i) => {
          const [value, source] = values[i]!;
          answers[ind.id] = value === 'unknown' ? 'unknown' : ({ value, source } as Assessment['answers'][string]);
        });
        return {
          questionnaire: { id: 'gen', version: '1.0' },
          subject: { id: `s${j}`, name: `S${j}`, kind: 'site', country: 'DE' },
          period: '2026',
          answers,
        };
      }),
    }));
  });
}

function mcOf(
  q: Questionnaire,
  assessments: readonly Assessment[],
  options: { weightRange?: number; seed?: number; draws?: number } = {},
) {
  const compiled = compileQuestionnaire(q);
  const cards = assessments.map((a) => scoreAssessment(q, a));
  return {
    cards,
    result: runMonteCarlo(
      compiled,
      cards.map((c) => mcSubjectOf(compiled, c)),
      { policy: 'exclude', draws: options.draws ?? DRAWS, seed: options.seed ?? 1, weightRange: options.weightRange },
    ),
  };
}

describe('Monte Carlo properties', () => {
  it('with weights fixed, no unknowns and no self-reported answers, the intervals collapse to the point score and rank', () => {
    fc.assert(
      fc.property(groupArb({ unknowns: false, sources: ['verified', 'documented'] }), ({ q, assessments }) => {
        const { cards, result } = mcOf(q, assessments, { weightRange: 0 });
        const points = cards.map((c) => c.overall.score!);
        // Scorecards round indicator scores to 2 decimals: the draws, made from them, agree within that rounding.
        for (const [j, s] of result.subjects.entries()) {
          expect(s.score.low).toBe(s.score.high);
          expect(Math.abs(s.score.median - points[j]!)).toBeLessThanOrEqual(0.011);
        }
        // Ranks: exactly the point rank, where no two scores are within that rounding of each other.
        fc.pre(points.every((p, i) => points.every((o, k) => k === i || Math.abs(p - o) > 0.05)));
        for (const s of result.subjects) {
          expect(s.rank).not.toBeNull();
          expect([s.rank!.low, s.rank!.median, s.rank!.high]).toEqual([s.rank!.point, s.rank!.point, s.rank!.point]);
          expect(s.sensitivity).toEqual({ unknowns: 0, weights: 0, aggregation: 0, selfReported: 0 });
        }
      }),
      RUNS,
    );
  });

  it('widening the weight range never narrows a score interval (common random numbers: the same draws, scaled)', () => {
    fc.assert(
      fc.property(
        groupArb({ unknowns: false, sources: ['verified'] }),
        fc.double({ min: 0, max: 0.4, noNaN: true }),
        fc.double({ min: 0, max: 0.4, noNaN: true }),
        ({ q, assessments }, a, b) => {
          const [narrow, wide] = a <= b ? [a, b] : [b, a];
          const n = mcOf(q, assessments, { weightRange: narrow }).result;
          const w = mcOf(q, assessments, { weightRange: wide }).result;
          n.subjects.forEach((s, j) => {
            const ws = w.subjects[j]!;
            expect(ws.score.high - ws.score.low).toBeGreaterThanOrEqual(s.score.high - s.score.low - 0.011);
          });
        },
      ),
      RUNS,
    );
  });

  it('the same seed gives the same output, byte for byte', () => {
    fc.assert(
      fc.property(
        groupArb({ unknowns: true, sources: ['self-reported', 'documented', 'verified'] }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        ({ q, assessments }, seed) => {
          const first = JSON.stringify(mcOf(q, assessments, { seed }).result);
          expect(JSON.stringify(mcOf(q, assessments, { seed }).result)).toBe(first);
        },
      ),
      { ...RUNS, numRuns: 30 },
    );
  });

  it('every interval holds its median, ranks lie within 1..n, sensitivity indices within 0..1', () => {
    fc.assert(
      fc.property(groupArb({ unknowns: true, sources: ['self-reported', 'verified'] }), ({ q, assessments }) => {
        const { result } = mcOf(q, assessments, { draws: 100 });
        for (const s of result.subjects) {
          expect(s.score.low <= s.score.median && s.score.median <= s.score.high).toBe(true);
          if (!s.rank) continue;
          expect(
            1 <= s.rank.low && s.rank.low <= s.rank.median && s.rank.median <= s.rank.high && s.rank.high <= s.rank.of,
          ).toBe(true);
          for (const v of Object.values(s.sensitivity!)) expect(v >= 0 && v <= 1).toBe(true);
        }
      }),
      { ...RUNS, numRuns: 40 },
    );
  });
});

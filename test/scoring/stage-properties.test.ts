import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/questionnaire/assessment-model.js';
import type { Indicator } from '../../src/questionnaire/model.js';
import type { Scorecard } from '../../src/scoring/scorecard.js';
import { answerArb } from './arbitraries.js';
import { scoreValid } from './scorecard-validator.js';
import { stagedArb } from './stage-arbitraries.js';

const RUNS = { numRuns: 300, seed: 8106 };
const idx = (s: Scorecard['overall']['stage']) => s?.index ?? -1;

/** A valid (known) answer to an indicator: answerArb without its `unknown`. */
const knownAnswer = (ind: Indicator) => answerArb(ind).filter((v) => v !== 'unknown');

describe('stage range properties', () => {
  it('a proven stage is never above the possible stage; they differ only with deciding unknowns', () => {
    fc.assert(
      fc.property(stagedArb, ({ q, assessment }) => {
        const o = scoreValid(q, assessment).overall;
        expect(idx(o.stage)).toBeLessThanOrEqual(idx(o.stagePossible));
        expect(idx(o.stage) < idx(o.stagePossible)).toBe(o.stageUnknowns.length > 0);
      }),
      RUNS,
    );
  });

  it('with no unknown answer, proven == possible and nothing is left to decide', () => {
    fc.assert(
      fc.property(
        stagedArb.chain(({ q, assessment }) => {
          const indicators = q.domains.flatMap((d) => d.indicators);
          return fc.tuple(...indicators.map(knownAnswer)).map((values) => ({
            q,
            assessment: {
              ...assessment,
              answers: Object.fromEntries(indicators.map((ind, i) => [ind.id, values[i]!])),
            } as Assessment,
          }));
        }),
        ({ q, assessment }) => {
          const card = scoreValid(q, assessment);
          expect(card.overall.stagePossible).toEqual(card.overall.stage);
          expect(card.overall.stageUnknowns).toEqual([]);
          expect(card.gaps.every((g) => g.status === 'unmet')).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('answering an unknown gate never lowers the proven stage and never raises the possible one', () => {
    fc.assert(
      fc.property(
        stagedArb
          .filter(({ assessment }) => Object.values(assessment.answers).includes('unknown'))
          .chain(({ q, assessment }) => {
            const unknown = q.domains
              .flatMap((d) => d.indicators)
              .filter((ind) => assessment.answers[ind.id] === 'unknown');
            return fc
              .constantFrom(...unknown)
              .chain((ind) => knownAnswer(ind).map((value) => ({ q, assessment, ind, value })));
          }),
        ({ q, assessment, ind, value }) => {
          const before = scoreValid(q, assessment).overall;
          const after = scoreValid(q, { ...assessment, answers: { ...assessment.answers, [ind.id]: value } }).overall;
          expect(idx(after.stage)).toBeGreaterThanOrEqual(idx(before.stage));
          expect(idx(after.stagePossible)).toBeLessThanOrEqual(idx(before.stagePossible));
          // An answer that decides nothing leaves the range as it was.
          if (!before.stageUnknowns.includes(ind.id))
            expect([after.stage, after.stagePossible]).toEqual([before.stage, before.stagePossible]);
        },
      ),
      RUNS,
    );
  });

  it('every plan step, its changes made, proves its stage; no change of it is left out', () => {
    fc.assert(
      fc.property(stagedArb, ({ q, assessment }) => {
        const card = scoreValid(q, assessment);
        for (const step of card.plan!.steps.filter((s) => s.reachable)) {
          const answers = { ...assessment.answers };
          for (const c of step.changes) answers[c.indicator] = c.value;
          expect(idx(scoreValid(q, { ...assessment, answers }).overall.stage)).toBeGreaterThanOrEqual(step.stage.index);
          if (step.smallest && step.changes.length > 0) {
            // dropping any one change no longer proves it... unless another same-size set exists, so only check the set is not padded
            const fewer = step.changes.slice(1);
            const without = { ...assessment.answers };
            for (const c of fewer) without[c.indicator] = c.value;
            expect(idx(scoreValid(q, { ...assessment, answers: without }).overall.stage)).toBeLessThan(
              step.stage.index,
            );
          }
        }
      }),
      { ...RUNS, numRuns: 150 },
    );
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBaseline, compareWithBaseline } from '../../src/scoring/baseline-comparison.js';
import type { Scorecard } from '../../src/scoring/scorecard.js';

const baseline = JSON.parse(readFileSync('test/fixtures/questionnaire/baselines/site-a-v1.json', 'utf8')) as Scorecard;

/** The baseline with the overall and first domain scores moved by the given points. */
function moved(overall: number | null, domain: number | null, stageIndex?: number): Scorecard {
  const card = structuredClone(baseline);
  card.overall.score = overall === null ? null : baseline.overall.score! + overall;
  card.domains[0]!.score = domain === null ? null : baseline.domains[0]!.score! + domain;
  if (stageIndex !== undefined)
    card.overall.stage = stageIndex < 0 ? null : { id: stageIndex, label: `Stage ${stageIndex}`, index: stageIndex };
  return card;
}

describe('compareWithBaseline', () => {
  it('drops only past the threshold: a fall of exactly 5 passes, 5.01 fails', () => {
    expect(compareWithBaseline(moved(-5, -5), baseline, 5).drops).toEqual([]);
    const c = compareWithBaseline(moved(-5.01, -4), baseline, 5);
    expect(c.drops.map((d) => d.id)).toEqual(['overall']);
    expect(c.overall).toMatchObject({ from: 90, to: 84.99, delta: -5.01, dropped: true });
  });

  it('counts a score that was scored and is now insufficient data as a drop, not one that was already unscored', () => {
    expect(compareWithBaseline(moved(0, null), baseline, 5).drops.map((d) => d.id)).toEqual(['ehr']);
    expect(compareWithBaseline(baseline, moved(0, null), 5).drops).toEqual([]);
  });

  it('counts a fall of the stage (or losing it), never a rise', () => {
    expect(compareWithBaseline(moved(0, 0, 1), baseline, 5).drops.map((d) => d.id)).toEqual(['stage']);
    expect(compareWithBaseline(moved(0, 0, -1), baseline, 5).stage).toMatchObject({
      from: { index: 2 },
      to: null,
      dropped: true,
    });
    expect(compareWithBaseline(moved(0, 0, 3), baseline, 5).drops).toEqual([]);
  });

  it('without a threshold, compares and drops nothing', () => {
    const c = compareWithBaseline(moved(-50, -50, 0), baseline, null);
    expect(c.drops).toEqual([]);
    expect(c.overall.delta).toBe(-50);
  });

  it('lists the indicators whose score fell, largest fall first', () => {
    const card = structuredClone(baseline);
    card.indicators[0]!.score = 50;
    card.indicators[2]!.score = null;
    card.indicators[2]!.status = 'unknown';
    card.indicators[2]!.answer = null;
    const c = compareWithBaseline(card, baseline, 5);
    // A score that is no longer there counts as a fall to 0 in the order: ehr.coverage (83.33) before ehr.in-use (50).
    expect(c.indicators.map((i) => [i.id, i.from, i.to, i.statusFrom, i.statusTo])).toEqual([
      ['ehr.coverage', 83.33, null, 'answered', 'unknown'],
      ['ehr.in-use', 100, 50, 'answered', 'answered'],
    ]);
  });

  it('notes a questionnaire whose content changed under the same version', () => {
    const card = structuredClone(baseline);
    card.questionnaire.hash = 'sha256:other';
    expect(compareWithBaseline(card, baseline, 5).notes[0]).toMatch(/was changed since the baseline/);
  });

  it('refuses a baseline of another subject, questionnaire or version', () => {
    const other = (edit: (c: Scorecard) => void) => {
      const c = structuredClone(baseline);
      edit(c);
      return c;
    };
    expect(() =>
      checkBaseline(
        baseline,
        other((c) => (c.subject.id = 'x')),
        'b.json',
      ),
    ).toThrow(/subject 'x'/);
    expect(() =>
      checkBaseline(
        baseline,
        other((c) => (c.questionnaire.id = 'q')),
        'b.json',
      ),
    ).toThrow(/questionnaire 'q'/);
    expect(() =>
      checkBaseline(
        baseline,
        other((c) => (c.questionnaire.version = '9.9')),
        'b.json',
      ),
    ).toThrow(/questionnaire version '9.9'/);
    expect(() => checkBaseline(baseline, structuredClone(baseline), 'b.json')).not.toThrow();
  });
});

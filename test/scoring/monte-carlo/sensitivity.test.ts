// The first-order sensitivity indices and the missing-data policies on small hand-made groups.
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/questionnaire/assessment-model.js';
import type { Questionnaire } from '../../../src/questionnaire/model.js';
import { compileQuestionnaire } from '../../../src/scoring/compile.js';
import { groupMedians } from '../../../src/scoring/group-medians.js';
import { runMonteCarlo } from '../../../src/scoring/monte-carlo/monte-carlo.js';
import { mcSubjectOf } from '../../../src/scoring/monte-carlo/scorecard-uncertainty.js';
import { scoreAssessment } from '../../../src/scoring/score-assessment.js';

const levels = [0, 1, 2, 3, 4].map((v) => ({ value: v, label: `L${v}` }));
const q: Questionnaire = {
  id: 'mc',
  version: '1.0',
  title: 'MC',
  description: 'test',
  subjectKinds: ['site'],
  scoring: { minCoverage: 0.5, rankMinCoverage: 0.8 },
  domains: [
    {
      id: 'a',
      title: 'A',
      indicators: [
        { id: 'a.1', title: 'a1', type: 'level', levels },
        { id: 'a.2', title: 'a2', type: 'level', levels },
      ],
    },
    {
      id: 'b',
      title: 'B',
      indicators: [
        { id: 'b.1', title: 'b1', type: 'level', levels },
        { id: 'b.2', title: 'b2', type: 'level', levels },
      ],
    },
  ],
};
const site = (id: string, answers: Assessment['answers']): Assessment => ({
  questionnaire: { id: 'mc', version: '1.0' },
  subject: { id, name: id, kind: 'site', country: 'DE' },
  period: '2026',
  answers,
});
const verified = (v: number) => ({ value: v, source: 'verified' as const });

describe('Monte Carlo sensitivity', () => {
  it('gives the only factor that varies an index near 1, and 0 to the others', () => {
    // s2 has one unknown answer: its rank against s1 and s3 depends on it alone (weights fixed, all else verified).
    const group = [
      site('s1', { 'a.1': verified(3), 'a.2': verified(3), 'b.1': verified(3), 'b.2': verified(2) }),
      site('s2', { 'a.1': verified(4), 'a.2': 'unknown', 'b.1': verified(3), 'b.2': verified(3) }),
      site('s3', { 'a.1': verified(1), 'a.2': verified(1), 'b.1': verified(2), 'b.2': verified(1) }),
    ];
    const compiled = compileQuestionnaire(q);
    const cards = group.map((a) => scoreAssessment(q, a, { unknown: 'lowest' }));
    const result = runMonteCarlo(
      compiled,
      cards.map((c) => mcSubjectOf(compiled, c)),
      { policy: 'lowest', draws: 2000, seed: 3, weightRange: 0 },
    );
    const s2 = result.subjects[1]!;
    expect(s2.rank!.low).toBe(1);
    expect(s2.rank!.high).toBe(2);
    expect(s2.sensitivity!.unknowns).toBeGreaterThan(0.85);
    expect(s2.sensitivity!.weights).toBe(0);
    expect(s2.sensitivity!.aggregation).toBe(0);
    expect(s2.sensitivity!.selfReported).toBe(0);
    // s3 is last whatever the unknown: no rank variance, no index.
    expect(result.subjects[2]!.rank).toMatchObject({ low: 3, high: 3 });
    expect(result.subjects[2]!.sensitivity!.unknowns).toBe(0);
  });

  it('impute-group scores an unknown answer at the median of the group, marked imputed', () => {
    const group = [
      site('s1', { 'a.1': 1, 'a.2': 2, 'b.1': 3, 'b.2': 4 }),
      site('s2', { 'a.1': 3, 'a.2': 2, 'b.1': 3, 'b.2': 4 }),
      site('s3', { 'a.1': 'unknown', 'a.2': 2, 'b.1': 3, 'b.2': 4 }),
    ];
    const compiled = compileQuestionnaire(q);
    const medians = groupMedians(compiled, group);
    expect(medians.get('a.1')).toBe(50); // levels 1 and 3 of 0..4 score 25 and 75
    const card = scoreAssessment(q, group[2]!, { unknown: 'impute-group', imputed: medians });
    const a1 = card.indicators.find((i) => i.id === 'a.1')!;
    expect(a1).toMatchObject({ status: 'imputed', score: 50 });
    expect(card.missingData).toMatchObject({ policy: 'impute-group', imputed: 1, ranked: true });
    expect(card.overall.coverage).toBe(0.75);
  });

  it('exclude leaves a subject below the minimum coverage for ranking unranked; lowest ranks it with the lowest levels', () => {
    const sparse = site('s', { 'a.1': 4, 'a.2': 4, 'b.1': 4, 'b.2': 'unknown' });
    const excluded = scoreAssessment(q, sparse);
    expect(excluded.overall.coverage).toBe(0.75);
    expect(excluded.overall.score).toBe(100);
    expect(excluded.missingData).toMatchObject({ policy: 'exclude', ranked: false, rankMinCoverage: 0.8 });
    const lowest = scoreAssessment(q, sparse, { unknown: 'lowest' });
    expect(lowest.overall.score).toBe(75);
    expect(lowest.missingData).toMatchObject({ policy: 'lowest', ranked: true, imputed: 1 });
  });
});

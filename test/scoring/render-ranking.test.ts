// The CLI ranking: subjects not ranked listed apart with their coverage, n/a domains marked, Monte Carlo intervals and uncertain neighbours.
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/questionnaire/assessment-model.js';
import type { Questionnaire } from '../../src/questionnaire/model.js';
import { compileQuestionnaire } from '../../src/scoring/compile.js';
import { scorecardUncertainty } from '../../src/scoring/monte-carlo/scorecard-uncertainty.js';
import { renderRanking } from '../../src/scoring/render-summary.js';
import { scoreValid } from './scorecard-validator.js';

const levels = [0, 1, 2, 3, 4].map((v) => ({ value: v, label: `L${v}` }));
const ind = (id: string) => ({ id, title: id, type: 'level' as const, levels });
const q: Questionnaire = {
  id: 'rk',
  version: '1.0',
  title: 'RK',
  description: 'test',
  subjectKinds: ['site'],
  scoring: { minCoverage: 0.5, rankMinCoverage: 0.7 },
  domains: [
    { id: 'a', title: 'A', minCoverage: 1, indicators: [ind('a.1'), ind('a.2')] },
    { id: 'b', title: 'B', indicators: [ind('b.1'), ind('b.2')] },
    { id: 'c', title: 'C', indicators: [ind('c.1'), ind('c.2')] },
    { id: 'd', title: 'D', indicators: [ind('d.1'), ind('d.2')] },
  ],
};
const site = (id: string, answers: Assessment['answers']): Assessment => ({
  questionnaire: { id: 'rk', version: '1.0' },
  subject: { id, name: `Site ${id}`, kind: 'site', country: 'DE' },
  period: '2026',
  answers,
});
const all = (v: number) =>
  Object.fromEntries(['a.1', 'a.2', 'b.1', 'b.2', 'c.1', 'c.2', 'd.1', 'd.2'].map((k) => [k, v]));

describe('renderRanking', () => {
  // "gap" leaves domain a n/a (coverage 88 %: ranked, at the top); "sparse" answers half (not ranked); "full" and "low" answer everything.
  const cards = [
    site('full', all(3)),
    site('low', all(1)),
    site('gap', { ...all(3), 'a.1': 'unknown', 'b.2': 4 }),
    site('sparse', { ...all(4), 'a.1': 'unknown', 'b.1': 'unknown', 'c.1': 'unknown', 'd.1': 'unknown' }),
  ].map((a) => scoreValid(q, a));

  it('lists subjects below the minimum coverage apart with their coverage, and marks ranked ones with n/a domains', () => {
    const text = renderRanking(cards);
    const [table, apart] = text.split(/\nnot ranked \(1\)/);
    expect(table).toMatch(/^\s*1\s+gap\s.*\s1\*\s/m);
    expect(table).toMatch(/^\s*2\s+full\s/m);
    expect(table).toMatch(/^\s*3\s+low\s/m);
    expect(table).not.toContain('sparse');
    expect(table).toContain("* domains with insufficient data (n/a): left out of that subject's score");
    expect(apart).toMatch(/less than 70% of the weight answered/);
    expect(apart).toMatch(/sparse\s.*\s50%\s+1$/m);
  });

  it('shows 90 % rank and score intervals and names the neighbours whose order is not certain', () => {
    const compiled = compileQuestionnaire(q);
    const mc = scorecardUncertainty(cards, () => ({ questionnaire: compiled.questionnaire }), { draws: 400, seed: 5 });
    const text = renderRanking(cards, mc);
    expect(text).toMatch(/rank 90%\s+score 90%/);
    // gap's unknown answer (drawn 0..100) puts it below full (75) or above: their order is not certain; low stays last.
    expect(text).toMatch(
      /order not certain \(90% rank intervals overlap\), neighbour pairs: 1\n\s+Site gap \(#1, 1-2\) and Site full \(#2, 1-2\): order not certain/,
    );
    expect(text).toMatch(/^\s*3\s+low\s.*\s3-3\s/m);
    expect(text).toContain('Monte Carlo, 400 draws, seed 5');
    // In the reader's language, the pair too (the JSON keeps English: it is the same in every language).
    expect(renderRanking(cards, mc, 'de')).toContain(
      'Site gap (#1, 1-2) und Site full (#2, 1-2): Reihenfolge nicht gesichert',
    );
    expect(mc[0]!.uncertainOrder).toEqual(['Site gap (#1, 1-2) and Site full (#2, 1-2): order not certain']);
    // The questionnaire allows one aggregation only: the draws do not vary it, and the line says so.
    expect(text).toMatch(/aggregation fixed \(arithmetic/);
  });
});

describe('scorecardUncertainty', () => {
  it('draws each subject on its latest period in time (2026-12 after 2026-H1, not by spelling)', () => {
    const compiled = compileQuestionnaire(q);
    const early = { ...scoreValid(q, { ...site('full', all(1)), period: '2026-H1' }) };
    const late = { ...scoreValid(q, { ...site('full', all(3)), period: '2026-12' }) };
    const other = scoreValid(q, site('low', all(2)));
    const [group] = scorecardUncertainty([late, early, other], () => ({ questionnaire: compiled.questionnaire }), {
      draws: 50,
      seed: 3,
    });
    expect(group!.subjects.find((s) => s.key === 'full')?.period).toBe('2026-12');
  });
});

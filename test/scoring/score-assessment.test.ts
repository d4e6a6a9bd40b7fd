import { describe, expect, it } from 'vitest';
import { assessment, bool, domain, level, multi, pct, questionnaire } from './build.js';
import { scoreValid } from './scorecard-validator.js';

// Two domains: a (weight 2): b1 boolean w1, p1 percentage w3; b (weight 1): l1 level 1..5 w1, m1 multi (4 options) w1.
const q = questionnaire([
  domain('a', [bool('b1'), pct('p1', 0, 100, { weight: 3 })], { weight: 2 }),
  domain('b', [level('l1', [1, 2, 3, 4, 5]), multi('m1', ['w', 'x', 'y', 'z'])]),
]);

describe('scoreAssessment', () => {
  it('scores a full assessment (hand computed)', () => {
    // a = (1*100 + 3*60)/4 = 70; b = (l1=4 -> 75, m1 two of four -> 50)/2 = 62.5
    // overall = (2*70 + 1*62.5)/3 = 67.5
    const card = scoreValid(q, assessment({ b1: true, p1: 60, l1: 4, m1: ['w', 'x'] }));
    expect(card.domains.map((d) => d.score)).toEqual([70, 62.5]);
    expect(card.overall.score).toBe(67.5);
    expect(card.overall.coverage).toBe(1);
    expect(card.overall.status).toBe('scored');
    expect(card.indicators.find((i) => i.id === 'p1')?.overallWeight).toBe(0.5); // (3/4) * (2/3)
    // equal weights: a = (100 + 60)/2 = 80, b = 62.5; overall (80 + 62.5)/2 = 71.25
    expect(card.overall.sensitivity?.equalWeights).toBe(71.25);
  });

  it('excludes unknown answers by default: lower coverage, never 0', () => {
    // b1 unknown: a = p1 only = 60, coverage 3/4; b = 62.5 coverage 1
    // overall coverage = (2*0.75 + 1*1)/3 = 0.8333; overall = (2*60 + 62.5)/3 = 60.8333
    const card = scoreValid(q, assessment({ b1: 'unknown', p1: 60, l1: 4, m1: ['w', 'x'] }));
    expect(card.domains[0]).toMatchObject({ score: 60, coverage: 0.75 });
    expect(card.overall.coverage).toBe(0.8333);
    expect(card.overall.score).toBe(60.83);
    expect(card.indicators[0]).toMatchObject({ status: 'unknown', score: null, answer: null, source: null });
  });

  it('reports a domain below its minimum coverage as insufficient data and leaves it out of the overall', () => {
    // p1 unknown: domain a coverage 1/4 < 0.65 -> insufficient; overall = b = 62.5; coverage (2*0.25 + 1)/3 = 0.5 < 0.65 -> overall null
    const card = scoreValid(q, assessment({ b1: true, l1: 4, m1: ['w', 'x'] }));
    expect(card.domains[0]).toMatchObject({ score: null, status: 'insufficient-data', coverage: 0.25 });
    expect(card.overall).toMatchObject({ score: null, status: 'insufficient-data', coverage: 0.5 });
    expect(card.warnings.map((w) => w.code)).toContain('domain.insufficient-data');
    // with a lower threshold the overall is the b domain only
    const lenient = scoreValid(
      { ...q, scoring: { minCoverage: 0.4 } },
      assessment({ b1: true, l1: 4, m1: ['w', 'x'] }),
    );
    expect(lenient.domains[0]?.status).toBe('insufficient-data');
    expect(lenient.overall.score).toBe(62.5);
  });

  it('scores missing answers as the lowest level or a fixed value when the questionnaire says so', () => {
    // lowest: l1 missing -> 0 (level 1); b = (0 + 50)/2 = 25; coverage of b stays 0.5 (imputed is not answered)
    const lowest = scoreValid(
      { ...q, scoring: { missing: { treat: 'lowest' }, minCoverage: 0 } },
      assessment({ b1: true, p1: 60, m1: ['w', 'x'] }),
    );
    expect(lowest.domains[1]).toMatchObject({ score: 25, coverage: 0.5 });
    expect(lowest.indicators.find((i) => i.id === 'l1')).toMatchObject({ status: 'imputed', score: 0 });
    // fixed 40: b = (40 + 50)/2 = 45
    const fixed = scoreValid(
      { ...q, scoring: { missing: { treat: 'fixed', score: 40 }, minCoverage: 0 } },
      assessment({ b1: true, p1: 60, m1: ['w', 'x'] }),
    );
    expect(fixed.domains[1]?.score).toBe(45);
  });

  it('reports the share of answered weight per source', () => {
    // overall weights: b1 1/4*2/3 = 1/6, p1 3/4*2/3 = 1/2, l1 = 1/6, m1 = 1/6; answered all
    const card = scoreValid(
      q,
      assessment({ b1: { value: true, source: 'verified' }, p1: { value: 60, source: 'documented' }, l1: 4, m1: [] }),
    );
    expect(card.sources).toEqual({ verified: 0.1667, documented: 0.5, 'self-reported': 0.3333 });
  });

  it('marks answers past their validity as expired, judged at the assessment date', () => {
    const answers = { b1: { value: true, established: '2024-01-10', validFor: 'P1Y' }, p1: 60, l1: 4, m1: ['w'] };
    const kept = scoreValid(q, assessment(answers, { date: '2026-03-01' }));
    expect(kept.indicators[0]).toMatchObject({ status: 'expired', score: 100, expires: '2025-01-10' });
    expect(kept.warnings.map((w) => w.code)).toContain('answer.expired');
    const excluded = scoreValid({ ...q, scoring: { expired: 'exclude' } }, assessment(answers, { date: '2026-03-01' }));
    expect(excluded.indicators[0]).toMatchObject({ status: 'expired', score: null });
    expect(excluded.domains[0]?.coverage).toBe(0.75);
    // still valid on the assessment date
    const valid = scoreValid(q, assessment(answers, { date: '2025-01-10' }));
    expect(valid.indicators[0]?.status).toBe('answered');
  });

  it('uses the questionnaire default validity and the end of the period when there is no date', () => {
    const card = scoreValid(
      { ...q, scoring: { validity: 'P6M' } },
      assessment({ b1: { value: true, established: '2026-05-01' }, p1: 60 }, { period: '2026-Q3' }),
    );
    // 2026-05-01 + 6 months = 2026-11-01 > 2026-09-30: valid
    expect(card.indicators[0]?.status).toBe('answered');
    const late = scoreValid(
      { ...q, scoring: { validity: 'P3M' } },
      assessment({ b1: { value: true, established: '2026-05-01' }, p1: 60 }, { period: '2026-Q3' }),
    );
    expect(late.indicators[0]).toMatchObject({ status: 'expired', expires: '2026-08-01' });
  });

  it('gives bounds with unknowns scored lowest and best', () => {
    // p1 unknown. low: a = (100 + 3*0)/4 = 25 -> (2*25 + 62.5)/3 = 37.5; high: a = (100 + 300)/4 = 100 -> (200 + 62.5)/3 = 87.5
    const card = scoreValid({ ...q, scoring: { minCoverage: 0 } }, assessment({ b1: true, l1: 4, m1: ['w', 'x'] }));
    expect(card.overall.uncertainty).toMatchObject({ low: 37.5, high: 87.5 });
  });

  it('ranks recommendations by the computed potential gain', () => {
    // full answers as in the first test: overall 67.5
    // p1 60 -> 100: a = (100 + 300)/4 = 100 -> (200 + 62.5)/3 = 87.5: gain 20
    // l1 4 -> 5: b = (100 + 50)/2 = 75 -> (140 + 75)/3 = 71.667: gain 4.17
    // m1 -> all: b = (75 + 100)/2 = 87.5 -> (140 + 87.5)/3 = 75.833: gain 8.33
    // b1 already best: no recommendation
    const card = scoreValid(q, assessment({ b1: true, p1: 60, l1: 4, m1: ['w', 'x'] }));
    expect(card.recommendations.map((r) => [r.indicator, r.potentialGain])).toEqual([
      ['p1', 20],
      ['m1', 8.33],
      ['l1', 4.17],
    ]);
    expect(card.recommendations[0]).toMatchObject({ currentScore: 60, title: 'p1' });
  });

  it('records the questionnaire hash and tool, and is deterministic', () => {
    const a = assessment({ b1: true, p1: 60 });
    const one = JSON.stringify(scoreValid(q, a));
    const two = JSON.stringify(scoreValid(structuredClone(q), structuredClone(a)));
    expect(one).toBe(two);
    const card = scoreValid(q, a);
    expect(card.questionnaire.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(card.tool.name).toBe('interop-readiness');
  });

  it('picks texts in the language asked, falling back to English', () => {
    const multilingual = questionnaire([
      domain('a', [bool('b1', { title: { en: 'Has EHR', de: 'Hat EPA' } })], {
        title: { en: 'Records', fr: 'Dossiers' },
      }),
    ]);
    const de = scoreValid(multilingual, assessment({ b1: true }), { lang: 'de' });
    expect(de.indicators[0]?.title).toBe('Hat EPA');
    expect(de.domains[0]?.title).toBe('Records');
    expect(scoreValid(multilingual, assessment({ b1: true }), { lang: 'fr-CH' }).domains[0]?.title).toBe('Dossiers');
  });

  it('leaves out (with a warning) a value that does not fit, and accepts unresolved evidence references', () => {
    const card = scoreValid(
      q,
      assessment({ b1: 'maybe', p1: { value: 'unknown', evidence: { summary: 'fhir.json' } } }),
    );
    expect(card.indicators[0]?.status).toBe('unknown');
    expect(card.indicators[1]).toMatchObject({ status: 'unknown', evidence: 'fhir.json' });
    expect(card.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['answer.type', 'evidence.unresolved']));
  });
});

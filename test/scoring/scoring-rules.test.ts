// Every scoring warning in SCORING_RULES is emitted here by the real code, and nothing else is emitted.
import { describe, expect, it } from 'vitest';
import { applyEvidence } from '../../src/evidence/apply-evidence.js';
import type { Questionnaire } from '../../src/questionnaire/model.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { SCORING_RULES } from '../../src/scoring/scoring-rules.js';
import type { ConformanceSummary } from '../../src/validation/conformance-summary.js';
import { assessment, bool, choice, domain, level, pct, questionnaire } from './build.js';

const target: Questionnaire = { ...questionnaire([domain('t', [level('t.phase', [1, 2])])]), id: 'target' };
const scored = questionnaire(
  [
    domain('a', [bool('a.bool'), level('a.level', [0, 1, 2]), choice('a.choice', [['x', 100]]), pct('a.pct')]),
    domain('b', [bool('b.one'), bool('b.two')], { minCoverage: 1 }),
  ],
  {
    scoring: { minCoverage: 0.99, validity: 'P1Y', expired: 'keep' },
    crosswalks: [
      { target: { id: 'target', version: '1.0' }, mappings: [{ from: 'a.level', to: 't.phase' }] },
      { target: { id: 'gone', version: '1.0' }, mappings: [] },
    ],
  },
);

function summary(metrics: Record<string, number | null>): ConformanceSummary {
  return {
    kind: 'fhir',
    formatVersion: 1,
    tool: { name: 'interop-readiness', version: '0.1.0' },
    inputs: ['x'],
    totals: { items: 10, conformant: 10, withErrors: 0, unreadable: 0 },
    findings: [],
    metrics,
  };
}

describe('SCORING_RULES', () => {
  it('are each emitted by scoring or applying evidence, and only they are', () => {
    const card = scoreAssessment(
      scored,
      assessment(
        {
          'a.bool': 5 as unknown as boolean,
          'a.level': 0,
          'a.choice': 'zzz',
          'a.pct': { value: 50, established: '2020-01-01' },
          'b.one': { value: 'unknown', evidence: { summary: 'fhir.json' } },
          'b.two': true,
        },
        { date: '2026-06-30' },
      ),
      { resolve: (id) => (id === 'target' ? target : undefined) },
    );
    const scoredOutOfRange = scoreAssessment(scored, assessment({ 'a.level': 9 }));
    const lowCoverage = scoreAssessment(
      scored,
      assessment({ 'a.bool': true, 'a.level': 1, 'a.choice': 'x', 'a.pct': 50 }),
    );
    const evidence = applyEvidence(
      [
        { id: 'e.own', type: 'percentage', evidence: { metric: 'fhir.share' } },
        { id: 'e.null', type: 'percentage', evidence: { metric: 'fhir.none' } },
        { id: 'e.bool', type: 'boolean', evidence: { metric: 'fhir.share' } },
      ],
      { 'e.own': { value: 1, evidence: { summary: 'other.json', metric: 'fhir.absent' } } },
      [{ path: 'fhir.json', summary: summary({ 'fhir.share': 0.5, 'fhir.none': null }) }],
      (ref) => (ref === 'other.json' ? { path: ref, summary: summary({}) } : undefined),
    );
    const emitted = new Set([
      ...card.warnings.map((w) => w.code),
      ...scoredOutOfRange.warnings.map((w) => w.code),
      ...lowCoverage.warnings.map((w) => w.code),
      ...evidence.warnings.map((w) => w.rule),
    ]);
    expect([...emitted].sort()).toEqual(Object.keys(SCORING_RULES).sort());
  });

  it('keep the scorecard shape of a warning: code, message and the indicator', () => {
    const card = scoreAssessment(
      scored,
      assessment({ 'a.pct': { value: 50, established: '2020-01-01' } }, { date: '2026-06-30' }),
    );
    expect(card.warnings.find((w) => w.code === 'answer.expired')).toEqual({
      code: 'answer.expired',
      message: 'a.pct: answer established 2020-01-01 expired on 2021-01-01; still counted',
      indicator: 'a.pct',
    });
  });
});

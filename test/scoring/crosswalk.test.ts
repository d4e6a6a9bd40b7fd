import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../src/questionnaire/model.js';
import { assessment, bool, domain, level, questionnaire } from './build.js';
import { scoreValid } from './scorecard-validator.js';

const target: Questionnaire = {
  ...questionnaire([domain('t', [level('t.phase', [1, 2, 3]), bool('t.policy')])]),
  id: 'target',
  version: '2.0',
};
const source = questionnaire([domain('s', [level('s.maturity', [0, 1, 2, 3, 4]), bool('s.policy')])], {
  crosswalks: [
    {
      target: { id: 'target', version: '2.0' },
      mappings: [
        { from: 's.maturity', to: 't.phase', values: { '0': 1, '1': 1, '2': 2, '3': 3, '4': 3 } },
        { from: 's.policy', to: 't.policy' },
      ],
    },
  ],
});
const resolve = (id: string, version: string) => (id === 'target' && version === '2.0' ? target : undefined);

describe('crosswalk scoring', () => {
  it('scores the same answers against the target structure', () => {
    // s.maturity 2 -> t.phase 2 -> score 50 (3 levels: 0, 50, 100); t.policy yes -> 100; t = 75
    const card = scoreValid(source, assessment({ 's.maturity': 2, 's.policy': true }), { resolve });
    expect(card.crosswalks).toEqual([
      {
        questionnaire: { id: 'target', version: '2.0' },
        overall: { score: 75, coverage: 1, stage: null, stagePossible: null },
        domains: [{ id: 't', title: 't', score: 75, coverage: 1 }],
      },
    ]);
  });

  it('warns about an unknown target and a carried value that does not fit', () => {
    expect(
      scoreValid(source, assessment({ 's.policy': true }), { resolve: () => undefined }).warnings.map((w) => w.code),
    ).toContain('crosswalk.unknown-target');
    const badMap: Questionnaire = {
      ...source,
      crosswalks: [{ target: { id: 'target', version: '2.0' }, mappings: [{ from: 's.maturity', to: 't.phase' }] }],
    };
    const card = scoreValid(badMap, assessment({ 's.maturity': 4 }), { resolve });
    expect(card.warnings.map((w) => w.code)).toContain('crosswalk.value');
    expect(card.crosswalks?.[0]?.overall.coverage).toBe(0);
  });
});

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { INDICATOR_TYPES, indicatorType } from '../../src/questionnaire/indicator-types/index.js';
import type { Indicator } from '../../src/questionnaire/model.js';

describe('the indicator types', () => {
  it('are the types the questionnaire schema allows, each under its own kind', async () => {
    const schema = JSON.parse(await readFile('questionnaires/schema/questionnaire.schema.json', 'utf8')) as {
      $defs: { indicator: { properties: { type: { enum: string[] } } } };
    };
    expect(Object.keys(INDICATOR_TYPES).sort()).toEqual([...schema.$defs.indicator.properties.type.enum].sort());
    for (const [kind, type] of Object.entries(INDICATOR_TYPES)) expect(type.kind).toBe(kind);
  });

  it('accept every trial value they offer, and score it within their bounds', () => {
    const indicators: Indicator[] = [
      { id: 'b', title: 'B', type: 'boolean', scores: { yes: 80, no: 20 } },
      { id: 'l', title: 'L', type: 'level', levels: [0, 1, 2].map((value) => ({ value, label: `L${value}` })) },
      { id: 'p', title: 'P', type: 'percentage', range: { min: 10 }, scoring: { method: 'log', floor: 1, target: 90 } },
      {
        id: 'n',
        title: 'N',
        type: 'number',
        unit: 'beds',
        scoring: { method: 'bands', bands: [{ min: 5, score: 60 }] },
      },
      { id: 'c', title: 'C', type: 'choice', options: [{ value: 'x', label: 'X' }] },
      { id: 'm', title: 'M', type: 'multi', options: [{ value: 'x', label: 'X' }], cap: 50 },
    ];
    for (const indicator of indicators) {
      const type = indicatorType(indicator);
      const check = type.checker(indicator);
      const score = type.scorer(indicator);
      const { lowest, best } = type.bounds(indicator);
      for (const value of type.trialValues(indicator).filter((v) => check(v) === undefined)) {
        expect(score(value)).toBeGreaterThanOrEqual(lowest);
        expect(score(value)).toBeLessThanOrEqual(best);
      }
      expect(type.trialValues(indicator).some((v) => check(v) === undefined)).toBe(true);
      const scale = type.scale(indicator);
      expect(scale[0]).toBe(lowest);
      expect(scale[scale.length - 1]).toBe(best);
    }
  });

  it('check a fraction answer as written (0..1) and as scored (0..100)', () => {
    const indicator: Indicator = { id: 'p', title: 'P', type: 'percentage', fraction: true };
    const type = indicatorType(indicator);
    expect(type.checker(indicator, true)(0.5)).toBeUndefined();
    expect(type.checker(indicator, true)(50)?.message).toBe('50 is out of range 0..1');
    expect(type.checker(indicator)(50)).toBeUndefined();
  });
});

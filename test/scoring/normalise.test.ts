import { describe, expect, it } from 'vitest';
import { indicatorType } from '../../src/questionnaire/indicator-types/index.js';
import type { AnswerValue, Indicator } from '../../src/questionnaire/model.js';
import { bool, choice, level, multi, pct } from './build.js';

const normaliseAnswer = (indicator: Indicator, value: AnswerValue) => indicatorType(indicator).scorer(indicator)(value);
const scoreBounds = (indicator: Indicator) => indicatorType(indicator).bounds(indicator);

describe('normaliseAnswer', () => {
  it('boolean: yes 100, no 0, or the custom scores', () => {
    expect(normaliseAnswer(bool('b'), true)).toBe(100);
    expect(normaliseAnswer(bool('b'), false)).toBe(0);
    expect(normaliseAnswer(bool('b', { scores: { yes: 80, no: 20 } }), false)).toBe(20);
    expect(scoreBounds(bool('b', { scores: { yes: 80, no: 20 } }))).toEqual({ lowest: 20, best: 80 });
  });

  it('level: evenly spaced 0..100 by position, or the given scores', () => {
    // 5 levels: positions 0..4 -> 100*i/4 = 0, 25, 50, 75, 100
    const who = level('l', [1, 2, 3, 4, 5]);
    expect([1, 2, 3, 4, 5].map((v) => normaliseAnswer(who, v))).toEqual([0, 25, 50, 75, 100]);
    const scored = {
      ...level('l', [0, 1, 2]),
      levels: [
        { value: 0, label: 'a', score: 10 },
        { value: 1, label: 'b', score: 40 },
        { value: 2, label: 'c', score: 90 },
      ],
    };
    expect(normaliseAnswer(scored, 1)).toBe(40);
    expect(scoreBounds(scored)).toEqual({ lowest: 10, best: 90 });
  });

  it('percentage linear between floor and target, clamped', () => {
    // floor 20, target 80: 50 -> 100*(50-20)/(80-20) = 50; 10 -> 0; 95 -> 100
    const p = pct('p', 20, 80);
    expect(normaliseAnswer(p, 50)).toBe(50);
    expect(normaliseAnswer(p, 10)).toBe(0);
    expect(normaliseAnswer(p, 95)).toBe(100);
  });

  it('number with target below floor scores lower values higher', () => {
    // floor 240, target 60 minutes: 150 -> 100*(150-240)/(60-240) = 50
    const n = {
      id: 'n',
      title: 'n',
      type: 'number' as const,
      unit: 'min',
      scoring: { method: 'linear' as const, floor: 240, target: 60 },
    };
    expect(normaliseAnswer(n, 150)).toBe(50);
    expect(normaliseAnswer(n, 30)).toBe(100);
  });

  it('number logarithmic', () => {
    // floor 1, target 1000: 10 -> 100*(ln10 - ln1)/(ln1000 - ln1) = 100/3
    const n = {
      id: 'n',
      title: 'n',
      type: 'number' as const,
      unit: 'x',
      scoring: { method: 'log' as const, floor: 1, target: 1000 },
    };
    expect(normaliseAnswer(n, 10)).toBeCloseTo(100 / 3, 10);
    expect(normaliseAnswer(n, 0)).toBe(0);
    expect(normaliseAnswer(n, 5000)).toBe(100);
  });

  it('number banded: the highest band reached', () => {
    const n = {
      id: 'n',
      title: 'n',
      type: 'number' as const,
      unit: 'FTE',
      scoring: {
        method: 'bands' as const,
        bands: [
          { min: 0.5, score: 25 },
          { min: 1, score: 60 },
          { min: 2, score: 100 },
        ],
      },
    };
    expect(normaliseAnswer(n, 0.4)).toBe(0);
    expect(normaliseAnswer(n, 0.5)).toBe(25);
    expect(normaliseAnswer(n, 1.9)).toBe(60);
    expect(normaliseAnswer(n, 7)).toBe(100);
    expect(scoreBounds(n)).toEqual({ lowest: 0, best: 100 });
  });

  it('choice: the option score, or evenly spaced in order', () => {
    expect(
      normaliseAnswer(
        choice('c', [
          ['none', 0],
          ['local', 50],
          ['national', 100],
        ]),
        'local',
      ),
    ).toBe(50);
    const unscored = {
      id: 'c',
      title: 'c',
      type: 'choice' as const,
      options: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
        { value: 'c', label: 'C' },
      ],
    };
    expect(normaliseAnswer(unscored, 'b')).toBe(50);
  });

  it('multi: points over the cap, at most 100', () => {
    // 4 options, no points given: 100/4 = 25 each; 2 chosen -> 50
    const m = multi('m', ['fhir', 'dicom', 'loinc', 'snomed']);
    expect(normaliseAnswer(m, ['fhir', 'loinc'])).toBe(50);
    expect(normaliseAnswer(m, [])).toBe(0);
    // cap 3, 1 point each: 2 chosen -> 100*2/3; 4 chosen -> 133 capped to 100
    const capped = { ...m, cap: 3, options: m.options!.map((o) => ({ ...o, points: 1 })) };
    expect(normaliseAnswer(capped, ['fhir', 'dicom'])).toBeCloseTo(200 / 3, 10);
    expect(normaliseAnswer(capped, ['fhir', 'dicom', 'loinc', 'snomed'])).toBe(100);
    expect(scoreBounds(capped)).toEqual({ lowest: 0, best: 100 });
  });
});

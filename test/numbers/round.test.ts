import { describe, expect, it } from 'vitest';
import { round, roundOrNull } from '../../src/numbers/round.js';
import { scoreText } from '../../src/scoring/render-summary.js';
import { wordsFor } from '../../src/report/render/words.js';
import { formatNumber } from '../../src/report/i18n/format-number-date.js';
import { formatNumber as answerNumber } from '../../src/questionnaire/indicator-types/indicator-type.js';

describe('round: the one rounding of the reports and the terminal', () => {
  it('rounds halves away from zero, even where the double is just below the half', () => {
    // 48.15 is stored as 48.1499999999999985789...: toFixed(1) gives 48.1 (the terminal's old way),
    // and 1.005 * 100 is 100.49999999999999 (Math.round's old way gave 1).
    expect((48.15).toFixed(1)).toBe('48.1');
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(round(48.15)).toBe(48.2);
    expect(round(-48.15)).toBe(-48.2);
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(2.675, 2)).toBe(2.68);
    expect(round(0.05)).toBe(0.1);
    expect(round(99.95)).toBe(100);
    expect(round(47.5, 0)).toBe(48);
    expect(round(-0.5, 0)).toBe(-1);
  });

  it('leaves values below the half where they are', () => {
    expect(round(48.149)).toBe(48.1);
    expect(round(0.1 + 0.2)).toBe(0.3);
    expect(round(0.3334, 3)).toBe(0.333);
  });

  it('gives 0 (never -0) for tiny and negative-zero results, and keeps non-finite values', () => {
    expect(Object.is(round(-0.04), 0)).toBe(true);
    expect(round(1e-9)).toBe(0);
    expect(round(123456789012.35)).toBe(123456789012.4);
    expect(round(Number.NaN)).toBeNaN();
    expect(roundOrNull(null)).toBeNull();
    expect(roundOrNull(12.25)).toBe(12.3);
  });
});

describe('every output rounds the same way', () => {
  it('terminal summary, report text (every language), and answer numbers agree on halves', () => {
    for (const [value, text] of [
      [48.15, '48.2'],
      [-48.15, '-48.2'],
      [0.05, '0.1'],
      [12.25, '12.3'],
    ] as const) {
      expect(scoreText(value), String(value)).toBe(text);
      expect(wordsFor('en').score(value)).toBe(text);
      expect(formatNumber('de', value)).toBe(text.replace('.', ','));
      expect(answerNumber(value)).toBe(text);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { describeAggregation, weightedMean } from '../../src/scoring/aggregate.js';

describe('weightedMean', () => {
  const scores = [40, 90];
  const weights = [1, 3];

  it('arithmetic: (1*40 + 3*90) / 4 = 77.5', () => {
    expect(weightedMean(scores, weights)).toBe(77.5);
  });

  it('geometric: exp((1*ln40 + 3*ln90)/4) = 40^0.25 * 90^0.75', () => {
    expect(weightedMean(scores, weights, { method: 'geometric' })).toBeCloseTo(40 ** 0.25 * 90 ** 0.75, 10);
  });

  it('harmonic: 4 / (1/40 + 3/90)', () => {
    expect(weightedMean(scores, weights, { method: 'harmonic' })).toBeCloseTo(4 / (1 / 40 + 3 / 90), 10);
  });

  it('generalised p=2: sqrt((1*1600 + 3*8100)/4)', () => {
    expect(weightedMean(scores, weights, { method: 'generalised', power: 2 })).toBeCloseTo(
      Math.sqrt((1600 + 3 * 8100) / 4),
      10,
    );
  });

  it('generalised p=1 is arithmetic and p=0 is geometric', () => {
    expect(weightedMean(scores, weights, { method: 'generalised', power: 1 })).toBeCloseTo(77.5, 10);
    expect(weightedMean(scores, weights, { method: 'generalised', power: 0 })).toBeCloseTo(40 ** 0.25 * 90 ** 0.75, 10);
  });

  it('geometric and harmonic raise scores below the floor (default 1) so a 0 does not zero the mean', () => {
    // geometric of [0, 100] equal weights with floor 1: sqrt(1*100) = 10
    expect(weightedMean([0, 100], [1, 1], { method: 'geometric' })).toBeCloseTo(10, 10);
    // with floor 4: sqrt(4*100) = 20
    expect(weightedMean([0, 100], [1, 1], { method: 'geometric', floor: 4 })).toBeCloseTo(20, 10);
    // harmonic of [0, 100], floor 1: 2 / (1/1 + 1/100) = 1.980...
    expect(weightedMean([0, 100], [1, 1], { method: 'harmonic' })).toBeCloseTo(2 / 1.01, 10);
  });

  it('the means are ordered harmonic <= geometric <= arithmetic <= generalised p=2', () => {
    const h = weightedMean(scores, weights, { method: 'harmonic' })!;
    const g = weightedMean(scores, weights, { method: 'geometric' })!;
    const a = weightedMean(scores, weights)!;
    const q = weightedMean(scores, weights, { method: 'generalised', power: 2 })!;
    expect(h).toBeLessThan(g);
    expect(g).toBeLessThan(a);
    expect(a).toBeLessThan(q);
  });

  it('nothing to aggregate gives null', () => {
    expect(weightedMean([], [])).toBeNull();
  });

  it('describes the method', () => {
    expect(describeAggregation({ method: 'generalised', power: 2 })).toBe('generalised (p=2)');
    expect(describeAggregation({ method: 'geometric' })).toBe('geometric (floor 1)');
    expect(describeAggregation()).toBe('arithmetic');
  });
});

import { describe, expect, it } from 'vitest';
import { closestIds, didYouMean, editDistance } from '../../src/questionnaire/closest.js';

describe('closest ids', () => {
  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the nearest ids first, and ids with the same last part', () => {
    const known = ['ehr.coverage', 'ehr.maturity', 'standards.used', 'imaging.coverage'];
    expect(closestIds('ehr.coverag', known)).toEqual(['ehr.coverage']);
    expect(closestIds('coverage', known)).toEqual(['ehr.coverage', 'imaging.coverage']);
    expect(didYouMean('zzz-nothing-alike', known)).toBe('');
  });
});

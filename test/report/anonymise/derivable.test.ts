import { describe, expect, it } from 'vitest';
import { isDerivable } from '../../../src/report/anonymise/derivable.js';

describe('isDerivable', () => {
  it('finds "total minus the others", and combinations across tables', () => {
    const total = [1, 1, 1, 1];
    expect(isDerivable([1, 0, 0, 0], [total, [0, 1, 0, 0], [0, 0, 1, 1]])).toBe(true);
    // {a} = {a,b} - {b,c} + {c}
    expect(
      isDerivable(
        [1, 0, 0, 0],
        [
          [1, 1, 0, 0],
          [0, 1, 1, 0],
          [0, 0, 1, 0],
        ],
      ),
    ).toBe(true);
  });

  it('does not find what only a sum with another hidden cell gives', () => {
    expect(
      isDerivable(
        [1, 0, 0, 0],
        [
          [1, 1, 1, 1],
          [0, 0, 1, 1],
        ],
      ),
    ).toBe(false);
    expect(isDerivable([1, 0, 0, 0], [])).toBe(false);
  });

  it('treats an empty cell as nothing to derive', () => {
    expect(isDerivable([0, 0, 0], [[1, 1, 1]])).toBe(false);
  });
});

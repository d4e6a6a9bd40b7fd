import { describe, expect, it } from 'vitest';
import { HashList, sortedHas } from '../../../../src/validation/fhir/pipeline/hash-list.js';
import { keyHash } from '../../../../src/validation/fhir/pipeline/key-hash.js';

describe('export-wide reference keys', () => {
  it('keeps hashes compactly across growth and finds them after sorting', () => {
    const list = new HashList();
    const keys = Array.from({ length: 50_000 }, (_, i) => keyHash(`Patient/${i}`));
    for (let i = 0; i < keys.length; i += 997) list.push(keys.slice(i, i + 997));
    expect(list.size).toBe(50_000);
    expect(list.at(12_345)).toBe(keys[12_345]);
    const sorted = list.sorted();
    expect(sorted.length).toBe(50_000);
    expect(list.size).toBe(0);
    expect(keys.every((k) => sortedHas(sorted, k))).toBe(true);
    expect(sortedHas(sorted, keyHash('Patient/50000'))).toBe(false);
    expect(sortedHas(sorted, keyHash('Observation/1'))).toBe(false);
  });

  it('hashes distinct keys apart (no collision among 200,000 realistic keys)', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 100_000; i++) {
      seen.add(keyHash(`Patient/${i}`));
      seen.add(keyHash(`Observation/obs-${i}`));
    }
    expect(seen.size).toBe(200_000);
    for (const h of seen) expect(Number.isSafeInteger(h)).toBe(true);
  });
});

describe('export-wide reference keys sorted in place', () => {
  it('sorts across chunks without a copy and finds every key, and no other', () => {
    const list = new HashList();
    const keys = Array.from({ length: 150_000 }, (_, i) => keyHash(`Observation/${i}`));
    for (let i = 0; i < keys.length; i += 4096) list.push(keys.slice(i, i + 4096));
    list.sortInPlace();
    expect(list.size).toBe(150_000);
    let ordered = true;
    for (let i = 1; i < list.size; i++) ordered &&= list.at(i - 1) <= list.at(i);
    expect(ordered).toBe(true);
    expect(keys.every((k) => list.has(k))).toBe(true);
    expect(list.has(keyHash('Observation/150000'))).toBe(false);
  });
});

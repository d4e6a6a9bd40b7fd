// The engine never throws on malformed input: the official examples, mutated deterministically (values
// replaced by null, empty arrays and objects, wrong types, bad references), validate to findings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFhirValidator } from '../../../../src/validation/fhir/index.js';
import { ROOT } from '../../../helpers/cli.js';

const DIR = join(ROOT, 'test', 'fixtures', 'fhir-r4-examples');
const REPLACEMENTS: unknown[] = [
  null,
  [],
  {},
  '',
  0,
  -1,
  'x',
  true,
  [null],
  [{}],
  { url: 5 },
  '#',
  'urn:uuid:x',
  { reference: 5 },
  [[1]],
];

function mutator(seed: number): (value: unknown) => void {
  let state = seed;
  const rnd = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = () => REPLACEMENTS[Math.floor(rnd() * REPLACEMENTS.length)];
  const mutate = (value: unknown): void => {
    if (Array.isArray(value)) {
      if (value.length > 0 && rnd() < 0.3) value[Math.floor(rnd() * value.length)] = pick();
      for (const x of value) if (typeof x === 'object' && x !== null) mutate(x);
    } else if (typeof value === 'object' && value !== null) {
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj);
      if (keys.length > 0 && rnd() < 0.3) obj[keys[Math.floor(rnd() * keys.length)] as string] = pick();
      for (const k of keys) if (typeof obj[k] === 'object' && obj[k] !== null) mutate(obj[k]);
    }
  };
  return mutate;
}

describe('robustness', () => {
  it('validates mutated official examples without throwing', async () => {
    const validator = await createFhirValidator({
      igs: [],
      profiles: ['http://hl7.org/fhir/uv/ips/StructureDefinition/Patient-uv-ips'],
      showValues: true,
    });
    const texts = readdirSync(DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => readFileSync(join(DIR, f), 'utf8'));
    const mutate = mutator(42);
    let findings = 0;
    for (let round = 0; round < 4; round++) {
      for (const text of texts) {
        const resource = JSON.parse(text) as Record<string, unknown>;
        mutate(resource);
        findings += validator.validate(resource, { location: {} }).findings.length;
      }
    }
    expect(findings).toBeGreaterThan(texts.length);
  });
});

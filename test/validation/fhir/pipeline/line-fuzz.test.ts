// Fuzzes the FHIR line reader and engine (issue 9): arbitrary NDJSON batches, from random bytes to
// FHIR-shaped resources with hostile keys, through the same code a worker runs. Bounded in time.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFhirValidator } from '../../../../src/validation/fhir/index.js';
import { processJob } from '../../../../src/validation/fhir/pipeline/process-job.js';
import { DEFAULT_FHIR_LIMITS, textLimits } from '../../../../src/validation/fhir/reader/input-limits.js';
import type { FhirResourceValidator } from '../../../../src/validation/fhir/resource-validator.js';

/** Heap the whole fuzz run may add (the engine keeps compiled definitions: they are counted too). */
const HEAP_BOUND_MB = 256;
const TIME_LIMIT_MS = 5000;

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const FHIR_KEYS = [
  'resourceType',
  'id',
  'meta',
  'extension',
  'url',
  'valueString',
  'valueInteger',
  'name',
  'given',
  'code',
  'coding',
  'system',
  'reference',
  'subject',
  'status',
  'entry',
  'resource',
  'data',
  'item',
  'linkId',
  'type',
];
const TYPES = [
  'Patient',
  'Observation',
  'Bundle',
  'Binary',
  'Questionnaire',
  'QuestionnaireResponse',
  'Condition',
  ...HOSTILE_KEYS,
];

const key = fc.oneof(
  fc.constantFrom(...FHIR_KEYS, ...HOSTILE_KEYS),
  fc.string({ maxLength: 8 }),
  fc.constantFrom(...FHIR_KEYS).map((k) => `_${k}`),
);
const leaf = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...TYPES),
  fc.constantFrom('Patient/1', '#x', 'urn:uuid:1', 'http://loinc.org', '2024-02-30'),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  ),
}));
const resource = fc
  .tuple(fc.constantFrom(...TYPES), fc.dictionary(key, value, { maxKeys: 6 }))
  .map(([resourceType, rest]) => JSON.stringify({ ...rest, resourceType }));
// A line: a FHIR-shaped resource, any JSON, JSON cut short, or raw bytes (not UTF-8, NUL, CR...).
const line = fc.oneof(
  resource.map((t) => Buffer.from(t)),
  value.map((v) => Buffer.from(JSON.stringify(v) ?? 'null')),
  resource.chain((t) => fc.nat({ max: t.length }).map((n) => Buffer.from(t.slice(0, n)))),
  fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b).filter((x) => x !== 10)),
);
const batch = fc
  .array(line, { minLength: 1, maxLength: 8 })
  .map((lines) => Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')])));

describe('FHIR line reader and engine under fuzzing', () => {
  let validator: FhirResourceValidator;
  beforeAll(async () => {
    validator = await createFhirValidator({ igs: [], profiles: [], showValues: false });
  }, 60_000);

  it(`never throws, always accounts for every line, keeps heap growth under ${HEAP_BOUND_MB} MB`, () => {
    const heapBefore = process.memoryUsage().heapUsed;
    let runs = 0;
    fc.assert(
      fc.property(batch, (bytes) => {
        runs += 1;
        const lines = bytes.filter((b) => b === 10).length;
        const result = processJob(
          {
            seq: 0,
            kind: 'ndjson',
            file: 'fuzz.ndjson',
            firstLine: 1,
            bytes: new Uint8Array(bytes),
            tooLong: [],
            limits: { ...textLimits(DEFAULT_FHIR_LIMITS, 'ndjson'), maxLineBytes: DEFAULT_FHIR_LIMITS.maxLineBytes },
          },
          validator,
          false,
        );
        // Every non-blank line is a resource (or more, in a Bundle) or an unreadable line; no crash became a finding.
        expect(result.counts.unreadable).toBeLessThanOrEqual(lines);
        expect(result.sample.filter((f) => f.rule === 'fhir.engine.failure')).toEqual([]);
        for (const f of result.sample) expect(f.message).not.toMatch(/\n\s+at /);
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
        expect(({} as Record<string, unknown>).resources).toBeUndefined();
      }),
      { interruptAfterTimeLimit: TIME_LIMIT_MS, numRuns: 100_000, seed: 9 },
    );
    expect(runs).toBeGreaterThan(20);
    expect((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20).toBeLessThan(HEAP_BOUND_MB);
  }, 60_000);
});

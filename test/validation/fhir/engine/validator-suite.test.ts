// HL7's validator test cases (R4, JSON) run through the engine; verdicts compared with the HL7 Java
// validator's recorded outcome, module by module. Known disagreements are listed with their reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFhirValidator } from '../../../../src/validation/fhir/index.js';
import { ROOT } from '../../../helpers/cli.js';
import { type CaseOutcome, runSuite } from './suite-runner.mjs';

const SUITE = join(ROOT, 'test', 'fixtures', 'fhir-validator-suite');
const KNOWN: Record<string, string> = JSON.parse(
  readFileSync(join(ROOT, 'test', 'validation', 'fhir', 'engine', 'suite-known-disagreements.json'), 'utf8'),
);
/** Agreement outside the terminology-server modules and unsupported formats must not fall below this. */
const FLOOR = 0.9;

describe('HL7 validator conformance suite', () => {
  let result: Awaited<ReturnType<typeof runSuite>>;
  beforeAll(async () => {
    result = await runSuite(SUITE, createFhirValidator);
  }, 120_000);

  it('runs every case of the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(SUITE, 'manifest.json'), 'utf8')) as { cases: unknown[] };
    expect(result.outcomes).toHaveLength(manifest.cases.length);
  });

  it(`agrees with the reference validator on at least ${FLOOR * 100}% of the counted cases`, () => {
    expect(result.countedAgree / result.counted).toBeGreaterThanOrEqual(FLOOR);
  });

  it('disagrees exactly on the listed cases, each with a reason', () => {
    const disagreeing = result.outcomes
      .filter((o: CaseOutcome) => o.counted && !o.agrees)
      .map((o: CaseOutcome) => o.name)
      .sort();
    expect(disagreeing).toEqual(Object.keys(KNOWN).sort());
    for (const reason of Object.values(KNOWN)) expect(reason.length).toBeGreaterThan(10);
  });

  it('never fails to load the supporting definitions of a counted case', () => {
    const setup = result.outcomes.filter(
      (o: CaseOutcome) => o.counted && o.errors.some((e: string) => e.startsWith('setup:')),
    );
    expect(setup.map((o: CaseOutcome) => `${o.name}: ${o.errors[0] ?? ''}`)).toEqual([]);
  });
});

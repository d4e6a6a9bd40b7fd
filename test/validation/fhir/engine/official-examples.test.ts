// The sample of the official R4 examples (test/fixtures/fhir-r4-examples, CC0) validates against base
// R4 with no errors, except the listed real defects of the examples.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFhirValidator, type FhirResourceValidator } from '../../../../src/validation/fhir/index.js';
import { ROOT } from '../../../helpers/cli.js';

const DIR = join(ROOT, 'test', 'fixtures', 'fhir-r4-examples');

/** Errors in the official examples that are real defects (file -> rule -> why). */
const KNOWN_DEFECTS: Record<string, { rule: string; why: string }[]> = {
  'ActivityDefinition-blood-tubes-supply.json': [
    { rule: 'fhir.invariant.txt-2', why: 'the narrative div is empty (whitespace only)' },
  ],
  'EventDefinition-example.json': [
    { rule: 'fhir.invariant.txt-2', why: 'the narrative div is empty (whitespace only)' },
  ],
  'Basic-referral.json': [
    { rule: 'fhir.extension.unknown', why: 'modifier extensions under example.org/do-not-use are defined nowhere' },
  ],
  'DeviceMetric-example.json': [
    {
      rule: 'fhir.reference.target-type',
      why: 'DeviceMetric.parent may only reference Device, the example references a DeviceDefinition',
    },
  ],
  'DeviceUseStatement-example.json': [
    { rule: 'fhir.reference.target-type', why: 'reasonReference does not allow Procedure in R4' },
  ],
  'Bundle-10bb101f-a121-4264-a920-67be9cb82c74.json': [
    { rule: 'fhir.bundle.full-url-id', why: 'the fullUrl names Patient/pat12, the resource id is pat2' },
  ],
  'Bundle-3a0707d3-549e-4467-b8b8-5a2ab3800efe.json': [
    { rule: 'fhir.bundle.full-url-id', why: 'the fullUrl names Patient/pat12, the resource id is pat2' },
    {
      rule: 'fhir.bundle.reference-not-found',
      why: 'relative references (OperationOutcome/..., Patient/pat2) name entries whose fullUrl has another base',
    },
  ],
  'MedicationRequest-medrx0301.json': [
    { rule: 'fhir.reference.target-type', why: 'dispenseRequest.performer may only reference Organization' },
  ],
};

describe('official R4 examples (sample)', () => {
  let validator: FhirResourceValidator;
  beforeAll(async () => {
    validator = await createFhirValidator({ igs: [], profiles: [], showValues: false });
  });

  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();

  it('holds a few hundred examples', () => {
    expect(files.length).toBeGreaterThan(200);
  });

  it('has no errors beyond the known defects of the examples', () => {
    const unexpected: string[] = [];
    const seenDefects = new Set<string>();
    for (const file of files) {
      const resource: unknown = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
      const { findings } = validator.validate(resource, { location: { file } });
      const known = KNOWN_DEFECTS[file] ?? [];
      for (const f of findings.filter((x) => x.severity === 'error')) {
        if (known.some((k) => k.rule === f.rule)) seenDefects.add(`${file} ${f.rule}`);
        else unexpected.push(`${file} ${f.rule} ${f.message}`);
      }
    }
    expect(unexpected).toEqual([]);
    // The list stays true: every listed defect is still found.
    const listed = Object.entries(KNOWN_DEFECTS).flatMap(([file, ks]) => ks.map((k) => `${file} ${k.rule}`));
    expect([...seenDefects].sort()).toEqual(listed.sort());
  });
});

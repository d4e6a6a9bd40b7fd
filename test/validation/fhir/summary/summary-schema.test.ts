import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import schema from '../../../../src/validation/fhir/summary/conformance.schema.json' with { type: 'json' };
import { ndjson, observation, patient, validateWithFake, writeExport } from '../pipeline/run-helpers.js';

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validateSchema = ajv.compile(schema);

async function sampleExport() {
  return writeExport({
    'Patient.ndjson': ndjson([
      patient('1'),
      { resourceType: 'Patient', id: '2' },
      {
        resourceType: 'Condition',
        id: 'c',
        code: { coding: [{ system: 'http://snomed.info/sct', code: '38341003' }] },
      },
    ]),
    'Observation.ndjson': `${ndjson([observation('a', '2345-7', { subject: { reference: 'Patient/1' }, valueQuantity: { value: 5, unit: 'mmol/L', system: 'http://unitsofmeasure.org', code: 'mmol/L' } })])}not json\n`,
    'nested/bundle.json': JSON.stringify({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ fullUrl: 'urn:uuid:x', resource: patient('x') }],
    }),
  });
}

describe('the FHIR conformance summary', () => {
  it('matches its JSON Schema', async () => {
    const { summary } = await validateWithFake([await sampleExport()]);
    const valid = validateSchema(summary);
    expect(validateSchema.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(summary.metrics).toMatchObject({
      'fhir.loinc_share': 1,
      'fhir.ucum_share': 1,
      'fhir.condition_coded_share': 1,
      'fhir.reference_integrity_share': 1,
      'fhir.resources': 6,
      'fhir.unreadable': 1,
    });
    expect(summary.metrics['fhir.valid_base_share']).toBeCloseTo(5 / 6, 4);
  });

  it('is the same bytes on every run', async () => {
    const dir = await sampleExport();
    const a = JSON.stringify((await validateWithFake([dir])).summary);
    const b = JSON.stringify((await validateWithFake([dir])).summary);
    expect(a).toBe(b);
  });

  it('says null, not 0, for what could not be measured', async () => {
    const { summary } = await validateWithFake([await writeExport({ 'p.json': JSON.stringify(patient('1')) })]);
    expect(summary.metrics['fhir.loinc_share']).toBeNull();
    expect(summary.metrics['fhir.condition_coded_share']).toBeNull();
    expect(summary.metrics['fhir.profile_conformant_share']).toBeNull();
    expect(summary.metrics['fhir.valid_base_share']).toBe(1);
  });

  it('maps findings to exit codes by --fail-on (default never)', async () => {
    const dir = await sampleExport();
    expect((await validateWithFake([dir])).exitCode).toBe(0);
    expect((await validateWithFake([dir], { failOn: 'error' })).exitCode).toBe(6);
    expect((await validateWithFake([dir], { failOn: 'warning' })).exitCode).toBe(6);
    const clean = await writeExport({ 'p.json': JSON.stringify(patient('1')) });
    expect((await validateWithFake([clean], { failOn: 'warning' })).exitCode).toBe(0);
  });
});

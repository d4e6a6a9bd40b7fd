// FHIR R4 vital signs: an Observation with a vital-sign code is held to that sign's profile, with or
// without meta.profile, at the top level and inside a Bundle.
import { beforeAll, describe, expect, it } from 'vitest';
import { createFhirValidator, type FhirResourceValidator } from '../../../../src/validation/fhir/index.js';
import { impliedVitalSignsProfile } from '../../../../src/validation/fhir/profiles/vital-signs.js';

const SD = 'http://hl7.org/fhir/StructureDefinition/';
const category = [
  { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' }] },
];
const temperature = (coding: { system: string; code: string }[]) => ({
  resourceType: 'Observation',
  status: 'final',
  category,
  code: { coding },
  subject: { reference: 'Patient/1' },
  effectiveDateTime: '2024-05-01T10:00:00Z',
  valueQuantity: { value: 37.2, unit: 'Cel', system: 'http://unitsofmeasure.org', code: 'Cel' },
});

describe('vital signs', () => {
  let validator: FhirResourceValidator;
  beforeAll(async () => {
    validator = await createFhirValidator({ igs: [], profiles: [], showValues: false });
  });

  it('maps LOINC before SNOMED CT codes, and leaves other codes alone', () => {
    expect(
      impliedVitalSignsProfile(
        temperature([
          { system: 'http://snomed.info/sct', code: '276885007' },
          { system: 'http://loinc.org', code: '8867-4' },
        ]),
      )?.url,
    ).toBe(`${SD}heartrate`);
    expect(impliedVitalSignsProfile(temperature([{ system: 'http://loinc.org', code: '2339-0' }]))).toBeUndefined();
    expect(impliedVitalSignsProfile(temperature([{ system: 'http://loinc.org', code: '8480-6' }]))).toBeUndefined();
  });

  it('accepts a body temperature that conforms to bodytemp', () => {
    const result = validator.validate(temperature([{ system: 'http://loinc.org', code: '8310-5' }]), { location: {} });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.profiles).toContainEqual({ url: `${SD}bodytemp`, conformant: true });
  });

  it('holds a SNOMED CT coded temperature to bodytemp, which requires the LOINC code', () => {
    const result = validator.validate(temperature([{ system: 'http://snomed.info/sct', code: '276885007' }]), {
      location: {},
    });
    expect(result.profiles).toContainEqual({ url: `${SD}bodytemp`, conformant: false });
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['fhir.slice.min']);
    expect(result.findings.map((f) => f.rule)).toContain('fhir.profile.implied');
  });

  it('checks Bundle entries against their vital-signs profile, with the entry index', () => {
    const missingEffective = {
      ...temperature([{ system: 'http://loinc.org', code: '8310-5' }]),
      effectiveDateTime: undefined,
    };
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ fullUrl: 'urn:uuid:0b1c7c1e-2f7a-4a51-9a0e-3c3f3d9b2a11', resource: missingEffective }],
    };
    const result = validator.validate(JSON.parse(JSON.stringify(bundle)), { location: {} });
    expect(result.profiles).toContainEqual({ url: `${SD}bodytemp`, conformant: false, entry: 0 });
    expect(
      result.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.location.path ?? ''}`),
    ).toContain('fhir.cardinality.min Bundle.entry[0].resource.effective[x]');
  });
});

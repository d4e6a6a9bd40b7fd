// The structure walk through the public validator: JSON form, cardinality, choices, formats,
// bindings, references, depth, privacy of values and locations.
import { beforeAll, describe, expect, it } from 'vitest';
import { createFhirValidator, type FhirResourceValidator } from '../../../../src/validation/fhir/index.js';
import { redactValue } from '../../../../src/validation/redact.js';

let validator: FhirResourceValidator;
let withValues: FhirResourceValidator;
beforeAll(async () => {
  validator = await createFhirValidator({ igs: [], profiles: [], showValues: false });
  withValues = await createFhirValidator({ igs: [], profiles: [], showValues: true });
});

const obs = (extra: Record<string, unknown> = {}) => ({
  resourceType: 'Observation',
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '2339-0' }] },
  ...extra,
});
const rules = (resource: unknown, v = validator) =>
  v
    .validate(resource, { location: { file: 'x.json' } })
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.location.path ?? ''}`);

describe('structure checks', () => {
  it('accepts a valid resource', () => {
    expect(
      rules(obs({ valueQuantity: { value: 37.5, unit: 'Cel', system: 'http://unitsofmeasure.org', code: 'Cel' } })),
    ).toEqual([]);
  });

  it('reports JSON form errors with FHIRPath locations', () => {
    // Names no definition holds are the data's: redacted to length and hash (sha256('foo') starts 2c26b46b).
    expect(rules(obs({ foo: 1 }))).toEqual(['fhir.json.unknown-element Observation.‹3 chars #2c26b46b›']);
    expect(rules(obs({ category: { text: 'x' } }))).toEqual(['fhir.json.array-expected Observation.category']);
    expect(rules(obs({ issued: null }))).toEqual(['fhir.json.null Observation.issued']);
    expect(rules(obs({ valueString: '' }))).toEqual(['fhir.json.empty-string Observation.valueString']);
    expect(rules(obs({ method: {} }))).toEqual(['fhir.json.empty-object Observation.method']);
    expect(rules(obs({ identifier: [] }))).toEqual(['fhir.json.empty-array Observation.identifier']);
    expect(rules({ resourceType: 'Chicken' })).toEqual([`fhir.json.resource-type ${redactValue('Chicken')}`]);
  });

  it('reports cardinality, choices and types', () => {
    expect(rules({ resourceType: 'Observation', status: 'final' })).toEqual(['fhir.cardinality.min Observation.code']);
    expect(rules(obs({ valueString: 'a', valueBoolean: true }))).toEqual([
      'fhir.choice.multiple Observation.valueBoolean',
    ]);
    expect(rules(obs({ valueFoo: 'a' }))).toEqual([`fhir.choice.type Observation.value${redactValue('Foo')}`]);
    expect(rules(obs({ valueCode: 'a' }))).toEqual(['fhir.choice.type Observation.valueCode']);
    expect(rules(obs({ status: 3 }))).toEqual(['fhir.type Observation.status']);
  });

  it('checks primitive formats including calendar validity', () => {
    expect(rules(obs({ effectiveDateTime: '2023-02-29' }))).toEqual(['fhir.format Observation.effectiveDateTime']);
    expect(rules(obs({ effectiveDateTime: '2024-02-29' }))).toEqual([]);
    expect(rules(obs({ issued: '2024-01-01T10:00:00' }))).toEqual(['fhir.format Observation.issued']);
    expect(rules(obs({ valueInteger: 2147483648 }))).toEqual(['fhir.format Observation.valueInteger']);
    expect(rules({ resourceType: 'Patient', id: 'bad_id' })).toEqual(['fhir.format Patient.id']);
  });

  it('checks primitive extensions', () => {
    expect(
      rules({
        resourceType: 'Patient',
        _birthDate: {
          extension: [
            { url: 'http://hl7.org/fhir/StructureDefinition/patient-birthTime', valueDateTime: '2020-01-01T10:00:00Z' },
          ],
        },
      }),
    ).toEqual([]);
    expect(rules({ resourceType: 'Patient', _gender: 'x' })).toEqual(['fhir.json.primitive-extension Patient.gender']);
  });

  it('checks required bindings and codes of shipped code systems', () => {
    expect(rules({ resourceType: 'Patient', gender: 'mal' })).toEqual(['fhir.binding.required Patient.gender']);
    expect(rules(obs({ status: 'done' }))).toEqual(['fhir.binding.required Observation.status']);
    const bad = obs({
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital' }] }],
    });
    expect(rules(bad)).toEqual(['fhir.code.unknown Observation.category[0].coding[0].code']);
  });

  it('checks references: form, target type, contained and Bundle resolution', () => {
    expect(rules(obs({ subject: { reference: 'Patient 1' } }))).toEqual([
      'fhir.reference.format Observation.subject.reference',
    ]);
    expect(rules(obs({ subject: { reference: 'Medication/1' } }))).toEqual([
      'fhir.reference.target-type Observation.subject.reference',
    ]);
    expect(rules(obs({ subject: { reference: '#p1' } }))).toEqual([
      'fhir.reference.unresolved Observation.subject.reference',
    ]);
    const contained = obs({ contained: [{ resourceType: 'Patient', id: 'p1' }], subject: { reference: '#p1' } });
    expect(rules(contained)).toEqual([]);
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          fullUrl: 'urn:uuid:11111111-1111-4111-8111-111111111111',
          resource: obs({ subject: { reference: 'urn:uuid:22222222-2222-4222-8222-222222222222' } }),
        },
      ],
    };
    // The target may live elsewhere: a warning, as the reference validator says it, in a document too
    // (what a document's Composition references must resolve: document-bundle-check.test.ts).
    for (const type of ['collection', 'document']) {
      const unresolved = validator
        .validate({ ...bundle, type }, { location: {} })
        .findings.filter((f) => f.rule === 'fhir.reference.unresolved');
      expect(unresolved.map((f) => `${f.severity} ${f.location.path ?? ''}`)).toEqual([
        'warning Bundle.entry[0].resource.subject.reference',
      ]);
    }
  });

  it('checks extensions and ext-1', () => {
    expect(
      rules({
        resourceType: 'Patient',
        extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/patient-birthPlace' }],
      }),
    ).toContain('fhir.invariant.ext-1 Patient.extension[0]');
    expect(
      rules({
        resourceType: 'Patient',
        extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/no-such', valueString: 'x' }],
      }),
    ).toEqual(['fhir.extension.unknown Patient.extension[0]']);
  });

  it('evaluates invariants with FHIRPath where the element is present', () => {
    expect(rules(obs({ valueString: 'x', dataAbsentReason: { text: 'gone' } }))).toEqual([
      'fhir.invariant.obs-6 Observation',
    ]);
    expect(rules({ resourceType: 'Patient', contact: [{ gender: 'male' }] })).toEqual([
      'fhir.invariant.pat-1 Patient.contact[0]',
    ]);
  });

  it('uses the path prefix and location given by the caller', () => {
    const { findings } = validator.validate(
      { resourceType: 'Patient', foo: 1 },
      { location: { file: 'b.json', entry: 3 }, pathPrefix: 'Bundle.entry[3].resource' },
    );
    expect(findings[0]?.location).toEqual({
      file: 'b.json',
      entry: 3,
      path: `Bundle.entry[3].resource.${redactValue('foo')}`,
    });
  });

  it('never puts a value into a finding unless values were asked for', () => {
    const patient = { resourceType: 'Patient', birthDate: '1970-13-01', gender: 'secret' };
    const hidden = validator.validate(patient, { location: {} }).findings;
    expect(JSON.stringify(hidden)).not.toContain('1970-13-01');
    expect(JSON.stringify(hidden)).not.toContain('secret');
    const shown = withValues.validate(patient, { location: {} }).findings;
    expect(shown.map((f) => f.value)).toEqual(expect.arrayContaining(['1970-13-01', 'secret']));
  });

  it('survives very deep input without overflowing the stack', () => {
    let ext: Record<string, unknown> = { url: 'http://example.org/leaf', valueString: 'x' };
    for (let i = 0; i < 20_000; i++) ext = { url: 'http://example.org/deep', extension: [ext] };
    const result = validator.validate({ resourceType: 'Patient', extension: [ext] }, { location: {} });
    expect(result.findings.map((f) => f.rule)).toContain('fhir.json.too-deep');
  });

  it('validates every entry of a Bundle and the bdl invariants', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'document',
      entry: [
        { fullUrl: 'urn:uuid:11111111-1111-4111-8111-111111111111', resource: { resourceType: 'Patient', foo: 1 } },
      ],
    };
    expect(rules(bundle)).toEqual(
      expect.arrayContaining([
        `fhir.json.unknown-element Bundle.entry[0].resource.${redactValue('foo')}`,
        'fhir.invariant.bdl-9 Bundle',
        'fhir.invariant.bdl-10 Bundle',
        'fhir.invariant.bdl-11 Bundle',
      ]),
    );
  });
});

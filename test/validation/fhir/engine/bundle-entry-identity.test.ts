// Rules on Bundle entries that HL7's reference validator applies beyond the bdl invariants
// (bundle.html#bundle-unique, references.html): a RESTful fullUrl names its resource's Type/id, every
// entry outside transactions and batches has a fullUrl, and unknown extensions only at example URLs are
// tolerated. Resources adapted from the R4 bundle examples.
import { beforeAll, describe, expect, it } from 'vitest';
import { createFhirValidator, type FhirResourceValidator } from '../../../../src/validation/fhir/index.js';

let validator: FhirResourceValidator;
beforeAll(async () => {
  validator = await createFhirValidator({ igs: [], profiles: [], showValues: false });
});

const rules = (r: unknown, severity = 'error'): string[] =>
  validator
    .validate(r, { location: { file: 'b.json' } })
    .findings.filter((f) => f.severity === severity)
    .map((f) => `${f.rule} ${f.location.path ?? ''}`);

const collection = (...entry: Record<string, unknown>[]) => ({ resourceType: 'Bundle', type: 'collection', entry });
const patient = (id?: string) => ({ resourceType: 'Patient', ...(id ? { id } : {}), active: true });

describe('Bundle entry fullUrl', () => {
  it('a RESTful fullUrl must end with the Type/id of its resource', () => {
    const ok = collection({ fullUrl: 'http://acme.com/ehr/fhir/Patient/pat1', resource: patient('pat1') });
    expect(rules(ok)).toEqual([]);
    const wrongId = collection({ fullUrl: 'http://acme.com/ehr/fhir/Patient/pat12', resource: patient('pat2') });
    expect(rules(wrongId)).toEqual(['fhir.bundle.full-url-id Bundle.entry[0].fullUrl']);
    const noId = collection({ fullUrl: 'http://acme.com/ehr/fhir/Patient/pat1', resource: patient() });
    expect(rules(noId)).toEqual(['fhir.bundle.full-url-id Bundle.entry[0].fullUrl']);
  });

  it('a urn:uuid: fullUrl or a URL that is not RESTful carries no id rule', () => {
    const uuid = 'urn:uuid:04121321-4af5-424c-a0e1-ed3aab1c349d';
    expect(rules(collection({ fullUrl: uuid, resource: patient('other') }))).toEqual([]);
    expect(rules(collection({ fullUrl: 'http://acme.com/ehr/patients?id=1', resource: patient('x') }))).toEqual([]);
  });

  it('every entry has a fullUrl, except in transactions and batches', () => {
    expect(rules(collection({ resource: patient('a') }))).toEqual(['fhir.bundle.full-url-missing Bundle.entry[0]']);
    const transaction = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [{ resource: patient(), request: { method: 'POST', url: 'Patient' } }],
    };
    expect(rules(transaction)).toEqual([]);
  });

  it("a canonical resource's url may be its fullUrl only when it ends with the id", () => {
    const vs = (id: string) => ({
      resourceType: 'ValueSet',
      id,
      url: 'http://acme.com/fhir/ValueSet/vs1',
      status: 'draft',
    });
    const entry = (id: string) => collection({ fullUrl: 'http://acme.com/fhir/ValueSet/vs1', resource: vs(id) });
    expect(rules(entry('vs1'))).toEqual([]);
    expect(rules(entry('vs2'))).toContain('fhir.bundle.full-url-id Bundle.entry[0].fullUrl');
  });
});

describe('unknown extensions at example URLs', () => {
  const withExtension = (url: string) => ({ resourceType: 'Patient', extension: [{ url, valueBoolean: true }] });
  it('example.org and acme.com are tolerated (warning); example.com is not an example URL (error)', () => {
    expect(rules(withExtension('http://example.org/fhir/StructureDefinition/x'))).toEqual([]);
    expect(rules(withExtension('http://acme.com/fhir/StructureDefinition/x'))).toEqual([]);
    expect(rules(withExtension('https://example.com/StructureDefinition/is-extemp'))).toEqual([
      'fhir.extension.unknown Patient.extension[0]',
    ]);
  });
});

describe('narrative hyperlinks (#id) in a Bundle', () => {
  const div = (body: string) => ({
    status: 'generated',
    div: `<div xmlns="http://www.w3.org/1999/xhtml">${body}</div>`,
  });
  const bundle = (anchor: string) =>
    collection(
      {
        fullUrl: 'urn:uuid:4d1d6e0a-5c4e-4a8e-9d0b-1f4a8c2f0a01',
        resource: { ...patient('a'), text: div('<a href="#note1">see note</a>') },
      },
      {
        fullUrl: 'urn:uuid:4d1d6e0a-5c4e-4a8e-9d0b-1f4a8c2f0a02',
        resource: { ...patient('b'), text: div(`<p id="${anchor}">note</p>`) },
      },
    );
  it('resolve to an id or anchor of any resource of the Bundle, as the reference validator counts targets', () => {
    expect(rules(bundle('note1'), 'warning')).toEqual([]);
    expect(rules(bundle('note2'), 'warning')).toEqual(['fhir.narrative.link Bundle.entry[0].resource.text.div']);
  });
});

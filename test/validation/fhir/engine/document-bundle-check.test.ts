// Documents and messages are self-contained (R4 documents.html#content, messaging.html#content), checked
// as HL7's reference validator checks them: the Composition's references and MessageHeader.focus resolve
// to entries by the Bundle rules, and every entry of a document is reachable from the Composition.
// Resources adapted from the R4 document example (Bundle-father).
import { beforeAll, describe, expect, it } from 'vitest';
import { createFhirValidator, type FhirResourceValidator } from '../../../../src/validation/fhir/index.js';

let validator: FhirResourceValidator;
beforeAll(async () => {
  validator = await createFhirValidator({ igs: [], profiles: [], showValues: false });
});

const findings = (r: unknown): string[] =>
  validator
    .validate(r, { location: { file: 'doc.json' } })
    .findings.filter((f) => f.rule.startsWith('fhir.bundle.'))
    .map((f) => `${f.severity} ${f.rule} ${f.location.path ?? ''}`);

const BASE = 'http://fhir.example.net/open';
const patient = { fullUrl: `${BASE}/Patient/d1`, resource: { resourceType: 'Patient', id: 'd1', active: true } };
const composition = (subject: string, entries: string[] = []) => ({
  fullUrl: `${BASE}/Composition/c1`,
  resource: {
    resourceType: 'Composition',
    id: 'c1',
    status: 'final',
    type: { text: 'Discharge summary' },
    subject: { reference: subject },
    date: '2013-02-01T12:30:02Z',
    author: [{ reference: 'Patient/d1' }],
    title: 'Discharge Summary',
    section: [
      {
        title: 'Observations',
        text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml">x</div>' },
        entry: entries.map((reference) => ({ reference })),
      },
    ],
  },
});
const observation = (fullUrl: string, id?: string) => ({
  fullUrl,
  resource: { resourceType: 'Observation', ...(id ? { id } : {}), status: 'final', code: { text: 'weight' } },
});
const document = (...entry: unknown[]) => ({
  resourceType: 'Bundle',
  identifier: { system: 'urn:ietf:rfc:3986', value: 'urn:uuid:0c3151bd-1cbf-4d64-b04d-cd9187a4c6e0' },
  type: 'document',
  timestamp: '2013-05-28T22:12:21Z',
  entry,
});

describe('document Bundles', () => {
  it('a document whose references resolve (relative by the entry fullUrl, urn:uuid by fullUrl) has no bundle finding', () => {
    const obs = 'urn:uuid:541a72a8-df75-4484-ac89-ac4923f03b81';
    expect(findings(document(composition('Patient/d1', [obs]), patient, observation(obs)))).toEqual([]);
  });

  it("an absolute reference of the Composition that matches no fullUrl: can't find it in the Bundle (error)", () => {
    const doc = document(composition('http://other.example.net/fhir/Patient/d1'), patient);
    expect(findings(doc)).toEqual(['error fhir.bundle.reference-not-found Bundle.entry[0].resource.subject.reference']);
  });

  it('a relative reference naming an entry under another base is an error; an entry no link reaches is an orphan', () => {
    const obs = observation('urn:uuid:541a72a8-df75-4484-ac89-ac4923f03b81', 'o1');
    const doc = document(composition('Patient/d1', ['Observation/o1']), patient, obs);
    expect(findings(doc)).toEqual([
      'error fhir.bundle.reference-not-found Bundle.entry[0].resource.section[0].entry[0].reference',
      'error fhir.bundle.orphan-entry Bundle.entry[2]',
    ]);
  });
});

describe('message Bundles', () => {
  const message = (focus: string, ...more: unknown[]) => ({
    resourceType: 'Bundle',
    type: 'message',
    timestamp: '2015-07-14T11:15:33+10:00',
    entry: [
      {
        fullUrl: 'urn:uuid:267b18ce-3d37-4581-9baa-6fada338038b',
        resource: {
          resourceType: 'MessageHeader',
          id: '267b18ce-3d37-4581-9baa-6fada338038b',
          eventCoding: { system: 'http://example.org/fhir/message-events', code: 'patient-link' },
          source: { endpoint: 'http://example.org/clients/ehr-lite' },
          focus: [{ reference: focus }],
        },
      },
      ...more,
    ],
  });

  it('MessageHeader.focus must resolve in the Bundle; an unlinked entry is only a warning', () => {
    expect(findings(message(`${BASE}/Patient/d1`, patient))).toEqual([]);
    expect(findings(message(`${BASE}/Patient/d2`, patient))).toEqual([
      'error fhir.bundle.reference-not-found Bundle.entry[0].resource.focus[0].reference',
      'warning fhir.bundle.orphan-entry Bundle.entry[1]',
    ]);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { observation, patient, validateWithFake, writeExport } from './run-helpers.js';

describe('JSON documents through the pipeline', () => {
  it('validates every Bundle entry, located by entry index and fullUrl', async () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { fullUrl: 'urn:uuid:p1', resource: patient('p1') },
        { fullUrl: 'urn:uuid:o1', resource: observation('o1', '2345-8', { subject: { reference: 'urn:uuid:p1' } }) },
        {
          fullUrl: 'urn:uuid:o2',
          resource: {
            resourceType: 'Observation',
            id: 'o2',
            code: { text: 'x' },
            subject: { reference: 'urn:uuid:missing' },
          },
        },
      ],
    };
    const dir = await writeExport({ 'bundle.json': JSON.stringify(bundle, null, 2) });
    const { summary } = await validateWithFake([join(dir, 'bundle.json')]);
    expect(summary.resourcesByType).toEqual([
      { type: 'Bundle', resources: 1, validBase: 1, conformant: 1 },
      { type: 'Observation', resources: 2, validBase: 1, conformant: 0 },
      { type: 'Patient', resources: 1, validBase: 1, conformant: 1 },
    ]);
    const loinc = summary.findings.find((f) => f.rule === 'fhir.terminology.loinc.check-digit')!;
    expect(loinc.example).toEqual({
      file: join(dir, 'bundle.json'),
      entry: 1,
      fullUrl: 'urn:uuid:o1',
      path: 'Bundle.entry[1].resource.code.coding[0].code',
    });
    expect(summary.findings.find((f) => f.rule === 'fhir.cardinality.min')!.example).toMatchObject({ entry: 2 });
    expect(summary.references).toEqual({ checked: 2, resolved: 1, external: 0 });
    expect(summary.metrics['fhir.reference_integrity_share']).toBe(0.5);
    expect(summary.metrics['fhir.loinc_share']).toBe(0.5);
  });

  it('validates a Bundle of 100,000 entries without losing one', async () => {
    const entry = Array.from({ length: 100_000 }, (_, i) => ({
      fullUrl: `urn:uuid:${i}`,
      resource:
        i % 2 ? patient(String(i)) : observation(String(i), '718-7', { subject: { reference: `urn:uuid:${i + 1}` } }),
    }));
    const dir = await writeExport({
      'big.json': JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry }),
    });
    const { summary } = await validateWithFake([dir]);
    expect(summary.totals.items).toBe(100_001);
    expect(summary.resourcesByType.find((t) => t.type === 'Observation')!.resources).toBe(50_000);
    expect(summary.references).toEqual({ checked: 50_000, resolved: 50_000, external: 0 });
  });

  it('reports a JSON file that is not FHIR, and one that is not JSON, and exits 3 when nothing was readable', async () => {
    const dir = await writeExport({
      'a.json': '{"name": "not a resource"}',
      'b.json': '{\n  "resourceType": "Patient"\n  "id": "1"\n}',
    });
    const { summary, exitCode } = await validateWithFake([dir]);
    expect(summary.files.map((f) => f.status)).toEqual(['unreadable', 'unreadable']);
    expect(summary.findings.find((f) => f.rule === 'fhir.resource.not-a-resource')!.example).toEqual({
      file: join(dir, 'a.json'),
    });
    expect(summary.findings.find((f) => f.rule === 'fhir.json.syntax')!.example).toEqual({
      file: join(dir, 'b.json'),
      line: 3,
      column: 3,
    });
    expect(summary.totals.unreadable).toBe(2);
    expect(exitCode).toBe(3);
  });

  it('survives deeply nested input: a clear finding, no stack overflow', async () => {
    const open = '{"url":"http://example.org/x","extension":['.repeat(20_000);
    const close = ']}'.repeat(20_000);
    const text = `{"resourceType":"Patient","id":"d","gender":"male","extension":[${open}{"url":"http://example.org/x","valueString":"end"}${close}]}`;
    const dir = await writeExport({ 'deep.json': text });
    const { summary } = await validateWithFake([dir]);
    // Deeper than the nesting limit (512): the document is not parsed, the file counts as unreadable.
    expect(summary.totals).toMatchObject({ items: 0, unreadable: 1 });
    expect(summary.findings.find((f) => f.rule === 'fhir.json.too-deep')).toMatchObject({
      count: 1,
      severity: 'error',
      example: { line: 1 },
    });
  });

  it('resolves references across the files of an export and warns about the rest', async () => {
    const dir = await writeExport({
      'Patient.ndjson': `${JSON.stringify(patient('1'))}\n`,
      'Observation.ndjson': `${JSON.stringify(observation('a', '718-7', { subject: { reference: 'Patient/1' } }))}\n${JSON.stringify(observation('b', '718-7', { subject: { reference: 'Patient/2' } }))}\n${JSON.stringify(observation('c', '718-7', { subject: { reference: 'https://elsewhere.example/fhir/Patient/9' } }))}\n`,
    });
    const { summary } = await validateWithFake([dir]);
    expect(summary.references).toEqual({ checked: 2, resolved: 1, external: 1 });
    expect(summary.findings.find((f) => f.rule === 'fhir.reference.unresolved-in-export')).toMatchObject({
      count: 1,
      severity: 'warning',
      example: { file: join(dir, 'Observation.ndjson'), line: 2, path: 'Observation.subject.reference' },
    });
  });

  it('puts offending codes into findings only with showValues', async () => {
    const dir = await writeExport({
      'o.json': JSON.stringify(
        observation('x', '2345-8', {
          valueQuantity: { value: 1, system: 'http://unitsofmeasure.org', code: 'mg/dl/' },
        }),
      ),
    });
    const hidden = await validateWithFake([dir]);
    expect(JSON.stringify(hidden.summary)).not.toContain('2345-8');
    expect(JSON.stringify(hidden.summary)).not.toContain('mg/dl/');
    const shown = await validateWithFake([dir], { showValues: true });
    expect(shown.summary.sample.map((f) => f.value)).toEqual(['2345-8', 'mg/dl/']);
    expect(shown.summary.metrics['fhir.ucum_share']).toBe(0);
  });
});

describe('a very large Bundle, validated entry by entry', () => {
  it('keeps entry indexes, finds duplicate fullUrls (bdl-7) and unresolved urn: references across the whole Bundle', async () => {
    const entry = Array.from({ length: 4500 }, (_, i) => ({
      fullUrl: `urn:uuid:e${i}`,
      resource:
        i % 2 ? patient(`p${i}`) : observation(`o${i}`, '718-7', { subject: { reference: `urn:uuid:e${i + 1}` } }),
    }));
    entry[4000]!.fullUrl = 'urn:uuid:e10';
    (entry[3000]!.resource as { subject?: unknown }).subject = { reference: 'urn:uuid:nowhere' };
    delete (entry[2501]!.resource as { gender?: string }).gender;
    const dir = await writeExport({
      'big.json': JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry }),
    });
    const { summary } = await validateWithFake([dir]);
    expect(summary.totals.items).toBe(4501);
    expect(summary.findings.find((f) => f.rule === 'fhir.invariant.bdl-7')).toMatchObject({
      count: 1,
      example: { entry: 4000, path: 'Bundle.entry[4000]' },
    });
    expect(summary.findings.find((f) => f.rule === 'fhir.reference.unresolved')).toMatchObject({
      count: 1,
      severity: 'error',
      example: { entry: 3000, path: 'Bundle.entry[3000].resource.subject.reference' },
    });
    expect(summary.findings.find((f) => f.rule === 'fhir.cardinality.min')).toMatchObject({
      count: 1,
      example: { entry: 2501, path: 'Bundle.entry[2501].resource.gender' },
    });
  });
});

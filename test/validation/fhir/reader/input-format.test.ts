import { describe, expect, it } from 'vitest';
import { bundleEntries, detectInputKind, isFhirInputName } from '../../../../src/validation/fhir/reader/index.js';

const bytes = (s: string) => new Uint8Array(Buffer.from(s));

describe('detectInputKind', () => {
  it('goes by the file name first', () => {
    expect(detectInputKind('a/Patient.ndjson', bytes('{'))).toEqual({ format: 'ndjson', gzip: false });
    expect(detectInputKind('a/Patient.ndjson.gz', new Uint8Array([0x1f, 0x8b, 8]))).toEqual({
      format: 'ndjson',
      gzip: true,
    });
    expect(detectInputKind('a/bundle.json', bytes('{\n"resourceType":"Bundle"'))).toEqual({
      format: 'json',
      gzip: false,
    });
  });

  it('sniffs other names: NDJSON when the first line is a whole object and the next starts a new one', () => {
    expect(
      detectInputKind('export.txt', bytes('{"resourceType":"Patient"}\n{"resourceType":"Patient"}\n')).format,
    ).toBe('ndjson');
    expect(detectInputKind('export.txt', bytes('{\n  "resourceType": "Patient"\n}\n')).format).toBe('json');
  });

  it('reads a .json file as NDJSON, with a note, when its head holds two JSON values on separate lines', () => {
    const kind = detectInputKind(
      'a/Patient.json',
      bytes('{"resourceType":"Patient"}\r\n\n{"resourceType":"Patient"}\n'),
    );
    expect(kind).toMatchObject({ format: 'ndjson', gzip: false });
    expect(kind.note).toMatch(/NDJSON/);
    // One value on one line, a pretty-printed document, an array: a document.
    for (const text of ['{"resourceType":"Patient"}\n', '{\n  "resourceType": "Patient"\n}\n', '[{"a":1},\n{"b":2}]\n'])
      expect(detectInputKind('a.json', bytes(text)), text).toEqual({ format: 'json', gzip: false });
  });

  it('accepts FHIR file names in folders', () => {
    for (const name of ['a.json', 'b.ndjson', 'c.ndjson.gz', 'd.jsonl', 'E.JSON', 'f.xml', 'g.XML.gz'])
      expect(isFhirInputName(name), name).toBe(true);
    for (const name of ['a.txt', 'b.xsd', 'c.gz', 'README.md']) expect(isFhirInputName(name), name).toBe(false);
  });

  it('reads .xml as XML, and sniffs XML in other names by its first character', () => {
    expect(detectInputKind('a.xml', new Uint8Array())).toEqual({ format: 'xml', gzip: false });
    expect(detectInputKind('a.xml.gz', new Uint8Array([0x1f, 0x8b]))).toEqual({ format: 'xml', gzip: true });
    const head = new TextEncoder().encode('\uFEFF  <?xml version="1.0"?>\n<Patient xmlns="http://hl7.org/fhir"/>');
    expect(detectInputKind('export', head)).toEqual({ format: 'xml', gzip: false });
  });
});

describe('bundleEntries', () => {
  it('lists entries with index, fullUrl and resource', () => {
    const entries = bundleEntries({
      resourceType: 'Bundle',
      entry: [
        { fullUrl: 'urn:uuid:1', resource: { resourceType: 'Patient', id: 'p' } },
        'junk',
        { request: { method: 'DELETE' } },
      ],
    });
    expect(entries).toEqual([
      {
        index: 0,
        fullUrl: 'urn:uuid:1',
        resource: { resourceType: 'Patient', id: 'p' },
        resourceType: 'Patient',
        id: 'p',
      },
      { index: 1 },
      { index: 2 },
    ]);
  });
});

// FHIR R4 XML -> the JSON value the engine reads, driven by the base definitions (R4 xml.html).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFhirEngine, loadFhirPackages, type DefinitionPackage } from '../../../../src/validation/fhir/index.js';
import { DefinitionStore } from '../../../../src/validation/fhir/definitions/definition-store.js';
import { createEngineEnv } from '../../../../src/validation/fhir/engine/create-fhir-validator.js';
import { FHIR_RULE_TABLE } from '../../../../src/validation/fhir/engine/rule-registry.js';
import { readFhirXml, type FhirXmlStructures } from '../../../../src/validation/fhir/xml/index.js';
import { ROOT } from '../../../helpers/cli.js';

const LIMITS = { maxBytes: 64 * 2 ** 20, maxDepth: 512 };
const FHIR = 'xmlns="http://hl7.org/fhir"';
let packages: DefinitionPackage[];
let structures: FhirXmlStructures;

beforeAll(async () => {
  packages = await loadFhirPackages([]);
  structures = createEngineEnv(new DefinitionStore(packages)).structures;
}, 60_000);

const read = (text: string, limits = LIMITS) => readFhirXml(text, structures, limits, { file: 'in.xml' });
const rules = (text: string) => read(text).findings.map((f) => f.rule);

describe('an official R4 example and its XML twin', () => {
  const name = 'Bundle-10bb101f-a121-4264-a920-67be9cb82c74';
  const json = (): unknown =>
    JSON.parse(readFileSync(join(ROOT, 'test/fixtures/fhir-r4-examples', `${name}.json`), 'utf8'));
  const xml = (): string => readFileSync(join(ROOT, 'test/fixtures/fhir-xml', `${name}.xml`), 'utf8');

  it('give the same value: entries, nested resources, narrative XHTML, arrays by cardinality, a primitive extension', () => {
    const result = read(xml());
    expect(result.findings).toEqual([]);
    expect(result.value).toEqual(json());
  });

  it('locate every element at its start tag', () => {
    const { locations } = read(xml());
    expect(locations.get('Bundle')).toEqual({ line: 3, column: 1 });
    expect(locations.get('Bundle.entry[2].resource')).toEqual({ line: 91, column: 5 });
    expect(locations.get('Bundle.entry[2].resource.name[0].given[1]')).toEqual({ line: 118, column: 11 });
    expect(locations.get('Bundle.entry[2].resource.gender.extension[0]')).toEqual({ line: 121, column: 11 });
  });

  it('validate alike in the engine', () => {
    const validator = createFhirEngine(packages, { igs: [], profiles: [], showValues: false });
    const fromXml = validator.validate(read(xml()).value, { location: { file: 'x' } });
    const fromJson = validator.validate(json(), { location: { file: 'x' } });
    expect(fromXml.findings).toEqual(fromJson.findings);
  });
});

describe("the XML cases of HL7's validator suite", () => {
  const dir = join(ROOT, 'test/fixtures/fhir-validator-suite/cases');
  const cases = [
    'jv-patient-profile-res.xml',
    'medstmt-ips-profile.xml',
    'mycommunication.structureDefinition.xml',
    'patient-min-profile-none1.xml',
    'patient-min-profile-pattern.xml',
    'patient-min-profile-pattern1.xml',
    'uuid-ext.xml',
  ];

  it('read as StructureDefinitions; only uuid-ext.xml breaks the order (title before version)', () => {
    for (const file of cases) {
      const result = readFhirXml(readFileSync(join(dir, file), 'utf8'), structures, LIMITS, { file });
      expect((result.value as { resourceType: string }).resourceType).toBe('StructureDefinition');
      const expected = file === 'uuid-ext.xml' ? [{ rule: 'fhir.xml.order', line: 6, column: 3 }] : [];
      expect(result.findings.map((f) => ({ rule: f.rule, line: f.location.line, column: f.location.column }))).toEqual(
        expected,
      );
    }
  });

  it('give the JSON a profile is written in', () => {
    const result = readFhirXml(readFileSync(join(dir, 'patient-min-profile-pattern.xml'), 'utf8'), structures, LIMITS);
    expect(result.value).toEqual({
      resourceType: 'StructureDefinition',
      id: 'Patient-min-profile-pattern',
      url: 'http://hl7.org/fhir/test/StructureDefinition/Patient-min-profile-pattern',
      status: 'draft',
      date: '2018-03-20T15:43:56+00:00',
      fhirVersion: '4.0.1',
      kind: 'resource',
      abstract: false,
      type: 'Patient',
      baseDefinition: 'http://hl7.org/fhir/StructureDefinition/Patient',
      derivation: 'constraint',
      differential: { element: [{ path: 'Patient.identifier', min: 0, patternIdentifier: { use: 'usual' } }] },
    });
  });
});

describe('the R4 XML rules', () => {
  it('aligns repeating primitives with their ids and extensions (null where absent)', () => {
    const value = read(
      `<Patient ${FHIR}><name><given value="a"/><given id="g2"><extension url="http://e.org/x"><valueString value="b"/></extension></given></name></Patient>`,
    ).value;
    expect(value).toEqual({
      resourceType: 'Patient',
      name: [
        { given: ['a', null], _given: [null, { id: 'g2', extension: [{ url: 'http://e.org/x', valueString: 'b' }] }] },
      ],
    });
  });

  it('types booleans, integers and decimals as JSON does; a value of the wrong form stays text for the engine', () => {
    const value = read(
      `<Observation ${FHIR}><status value="final"/><code><text value="a &amp; b &#x3C; c"/></code><valueQuantity><value value="1.50"/></valueQuantity><component><code><text value="n"/></code><valueInteger value="1.0"/></component><component><code><text value="m"/></code><valueBoolean value="yes"/></component></Observation>`,
    ).value;
    expect(value).toMatchObject({
      code: { text: 'a & b < c' },
      valueQuantity: { value: 1.5 },
      component: [{ valueInteger: '1.0' }, { valueBoolean: 'yes' }],
    });
  });

  it('nests resources in contained and Parameters.parameter.resource', () => {
    const value = read(
      `<Parameters ${FHIR}><parameter><name value="p"/><resource><Patient><id value="a"/><contained><Organization><id value="o"/></Organization></contained></Patient></resource></parameter></Parameters>`,
    ).value;
    expect(value).toEqual({
      resourceType: 'Parameters',
      parameter: [
        {
          name: 'p',
          resource: { resourceType: 'Patient', id: 'a', contained: [{ resourceType: 'Organization', id: 'o' }] },
        },
      ],
    });
  });

  it('reports out-of-order, repeated, unknown and empty elements where they are', () => {
    const result = read(
      `<Patient ${FHIR}>\n  <gender value="male"/>\n  <active value="true"/>\n  <gender value="female"/>\n  <colour value="x"/>\n  <birthDate/>\n  <id value="x" foo="1"/>\n</Patient>`,
    );
    expect(result.findings.map((f) => [f.rule, f.location.line, f.location.column])).toEqual([
      ['fhir.xml.order', 3, 3],
      ['fhir.xml.repeated', 4, 3],
      ['fhir.xml.unknown-element', 5, 3],
      ['fhir.xml.value', 6, 3],
      ['fhir.xml.order', 7, 3],
      ['fhir.xml.unknown-attribute', 7, 3],
    ]);
    expect(result.value).toEqual({ resourceType: 'Patient', gender: 'male', active: true, id: 'x' });
  });

  it('refuses text content outside the narrative and an element id written as a child', () => {
    expect(rules(`<Patient ${FHIR}><name>Bob<id value="1"/></name></Patient>`)).toEqual([
      'fhir.xml.text',
      'fhir.xml.unknown-element',
    ]);
  });

  it('has every rule it emits in the FHIR rule table', () => {
    const xmlRules = Object.keys(FHIR_RULE_TABLE).filter((r) => r.startsWith('fhir.xml.'));
    expect(xmlRules).toHaveLength(11);
  });
});

describe('bad XML', () => {
  it('XML that is not FHIR: a located finding, nothing read', () => {
    for (const text of [
      '<?xml version="1.0"?>\n<note xmlns="urn:x"><to>a</to></note>',
      '<?xml version="1.0"?>\n<Patient/>',
    ]) {
      const result = read(text);
      expect(result.value).toBeUndefined();
      expect(result.findings).toMatchObject([
        { rule: 'fhir.xml.not-fhir', location: { file: 'in.xml', line: 2, column: 1 } },
      ]);
    }
  });

  it('a DOCTYPE or entity declaration is refused before parsing: no entity is expanded', () => {
    // A billion-laughs bomb, generated: ten levels of ten references each.
    const entities = Array.from({ length: 10 }, (_, i) =>
      i === 0 ? '<!ENTITY e0 "lol">' : `<!ENTITY e${i} "${`&e${i - 1};`.repeat(10)}">`,
    ).join('\n');
    const bomb = `<?xml version="1.0"?>\n<!-- x -->\n<!DOCTYPE Patient [\n${entities}\n]>\n<Patient ${FHIR}><name><text value="&e9;"/></name></Patient>`;
    const result = read(bomb);
    expect(result.value).toBeUndefined();
    expect(result.findings).toMatchObject([{ rule: 'fhir.xml.doctype', location: { line: 3, column: 1 } }]);
    expect(JSON.stringify(result)).not.toContain('lollol');
  });

  it('an undeclared entity in a value is a syntax finding, not expanded', () => {
    const result = read(`<Patient ${FHIR}><gender value="&e9;"/></Patient>`);
    expect(result.findings).toMatchObject([
      { rule: 'fhir.xml.syntax', location: { line: 1, column: 38, path: 'Patient.gender' } },
    ]);
    expect(result.value).toEqual({ resourceType: 'Patient' });
  });

  it('malformed XML: a syntax finding at its line and column', () => {
    const result = read(`<Patient ${FHIR}>\n  <active value="true">\n</Patient>`);
    expect(result.value).toBeUndefined();
    expect(result.findings).toMatchObject([
      { rule: 'fhir.xml.syntax', location: { file: 'in.xml', line: 3, column: 1 } },
    ]);
    expect(result.findings[0]!.message).toMatch(/^invalid XML: /);
  });

  it('nested past the depth limit: a located finding, the rest of the resource kept', () => {
    const depth = 40;
    const nested = '<extension url="http://e.org/x">'.repeat(depth) + '</extension>'.repeat(depth);
    const result = read(`<Patient ${FHIR}>\n${nested}<active value="true"/></Patient>`, { ...LIMITS, maxDepth: 10 });
    expect(result.findings).toMatchObject([{ rule: 'fhir.xml.too-deep', location: { line: 2 } }]);
    expect(result.value).toMatchObject({ resourceType: 'Patient', active: true });
  });

  it('nested past what the parser holds: a finding, no crash', () => {
    const depth = 100_000;
    const result = read(`<Patient ${FHIR}>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</Patient>`);
    expect(result.findings).toMatchObject([{ rule: 'fhir.xml.too-deep', location: { file: 'in.xml' } }]);
  });

  it('over the document limit: a finding, not parsed', () => {
    const result = read(`<Patient ${FHIR}><id value="${'x'.repeat(2000)}"/></Patient>`, { ...LIMITS, maxBytes: 1000 });
    expect(result.value).toBeUndefined();
    expect(result.findings).toMatchObject([{ rule: 'fhir.xml.too-large', location: { file: 'in.xml' } }]);
  });
});

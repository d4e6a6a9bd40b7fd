// The shipped International Patient Summary: its example documents conform to Bundle-uv-ips, and a
// document that breaks its slicing (no Composition first, a missing required section) does not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFhirValidator, type FhirResourceValidator } from '../../../../src/validation/fhir/index.js';
import { ROOT } from '../../../helpers/cli.js';

const DIR = join(ROOT, 'test', 'fixtures', 'fhir-r4-examples', 'ips');
const BUNDLE_IPS = 'http://hl7.org/fhir/uv/ips/StructureDefinition/Bundle-uv-ips';

describe('IPS profiles', () => {
  let validator: FhirResourceValidator;
  beforeAll(async () => {
    validator = await createFhirValidator({ igs: [], profiles: [BUNDLE_IPS], showValues: false });
  });

  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();

  it.each(files)('%s conforms to Bundle-uv-ips with no errors', (file) => {
    const bundle: unknown = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
    const result = validator.validate(bundle, { location: { file } });
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
    expect(result.profiles.filter((p) => p.entry === undefined)).toEqual([
      { url: 'http://hl7.org/fhir/StructureDefinition/Bundle', conformant: true },
      { url: BUNDLE_IPS, conformant: true },
    ]);
    // Entries are held to their own profiles too (meta.profile, and vital signs by their code).
    expect(result.profiles.filter((p) => !p.conformant)).toEqual([]);
  });

  it('checks the entries of a document against their own profiles', () => {
    const bundle: unknown = JSON.parse(readFileSync(join(DIR, 'Bundle-bundle-ips-all-sections.json'), 'utf8'));
    const entries = validator.validate(bundle, { location: {} }).profiles.filter((p) => p.entry !== undefined);
    expect(entries).toEqual([
      { url: 'http://hl7.org/fhir/uv/ips/StructureDefinition/Composition-uv-ips', conformant: true, entry: 0 },
      { url: 'http://hl7.org/fhir/uv/ips/StructureDefinition/Patient-uv-ips', conformant: true, entry: 1 },
      { url: 'http://hl7.org/fhir/StructureDefinition/bodyweight', conformant: true, entry: 26 },
      { url: 'http://hl7.org/fhir/StructureDefinition/bmi', conformant: true, entry: 27 },
      { url: 'http://hl7.org/fhir/StructureDefinition/bp', conformant: true, entry: 28 },
    ]);
  });

  it('reports a document whose Composition misses a required section', () => {
    const bundle = JSON.parse(readFileSync(join(DIR, 'Bundle-bundle-minimal.json'), 'utf8')) as {
      entry: { resource: { resourceType: string; section?: { code?: { coding?: { code?: string }[] } }[] } }[];
    };
    const composition = bundle.entry[0]?.resource;
    if (!composition?.section) throw new Error('fixture changed: the minimal IPS has sections');
    // 11450-4 is the LOINC code of the required Problems section.
    composition.section = composition.section.filter((s) => s.code?.coding?.[0]?.code !== '11450-4');
    const result = validator.validate(bundle, { location: {} });
    expect(result.profiles.find((p) => p.url === BUNDLE_IPS)?.conformant).toBe(false);
    expect(result.findings.map((f) => f.rule)).toContain('fhir.slice.min');
  });
});

// Unknown extensions stay errors (as HL7's validator reports them) but are tallied apart, so the summary
// states fhir.valid_base_share with and without them; the extension domains the Java validator can be
// told to accept (-allow-extension-domain, -allow-example-urls) are engine options. The extension is the
// one of HL7's suite case extension-version-restriction-range-r4 (test/fixtures/fhir-validator-suite).
import { describe, expect, it } from 'vitest';
import { validateFhir } from '../../../../src/run/validate-fhir.js';
import { createFhirValidator } from '../../../../src/validation/fhir/index.js';
import { renderFhirSummaryText } from '../../../../src/validation/fhir/summary/render-text.js';
import { ndjson, patient, writeExport } from '../pipeline/run-helpers.js';

const UNKNOWN = { url: 'http://hl7.org/fhir/test/StructureDefinition/version-range', valueCode: 'something' };

describe('unknown extensions in the summary', () => {
  it('counts resources failing base R4 only for unknown extensions, and the share without them', async () => {
    const dir = await writeExport({
      'Patient.ndjson': ndjson([
        patient('ok'),
        patient('ext', { extension: [UNKNOWN] }),
        patient('both', { extension: [UNKNOWN], gender: 'neither' }),
        patient('bad', { gender: 'neither' }),
      ]),
    });
    const { summary } = await validateFhir({
      inputs: [dir],
      config: { igs: [], profiles: [], showValues: false },
      createValidator: createFhirValidator,
    });
    expect(summary.metrics['fhir.resources']).toBe(4);
    expect(summary.metrics['fhir.valid_base_share']).toBe(0.25);
    expect(summary.metrics['fhir.unknown_extension_only']).toBe(1);
    expect(summary.metrics['fhir.valid_base_share_ignoring_unknown_extensions']).toBe(0.5);
    // Still errors: the resource with only an unknown extension is not conformant.
    expect(summary.totals.conformant).toBe(1);
    expect(renderFhirSummaryText(summary).join('\n')).toContain('50.0% if unknown extensions were not errors');
  });
});

describe('extension domains the engine is told to accept', () => {
  const rules = async (config: { allowExtensionDomains?: string[]; allowExampleUrls?: boolean }, url: string) => {
    const v = await createFhirValidator({ igs: [], profiles: [], showValues: false, ...config });
    return v
      .validate({ resourceType: 'Patient', extension: [{ url, valueString: 'x' }] }, { location: { file: 'p.json' } })
      .findings.filter((f) => f.rule === 'fhir.extension.unknown')
      .map((f) => f.severity);
  };

  it('an unknown extension is an error, a warning under an allowed domain', async () => {
    expect(await rules({}, UNKNOWN.url)).toEqual(['error']);
    expect(await rules({ allowExtensionDomains: ['http://hl7.org/fhir/test/'] }, UNKNOWN.url)).toEqual(['warning']);
    expect(await rules({ allowExtensionDomains: ['http://other.org/'] }, UNKNOWN.url)).toEqual(['error']);
  });

  it('example domains are tolerated unless allowExampleUrls is false (the Java default)', async () => {
    const url = 'http://example.org/fhir/StructureDefinition/x';
    expect(await rules({}, url)).toEqual(['warning']);
    expect(await rules({ allowExampleUrls: false }, url)).toEqual(['error']);
  });
});

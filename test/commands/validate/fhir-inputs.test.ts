import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../../src/errors/exit-code.js';
import type { FhirConformanceSummary } from '../../../src/validation/fhir/summary/fhir-summary.js';
import { runCli, tempDir } from '../../helpers/cli.js';

const patient = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ resourceType: 'Patient', id, gender: 'female', ...extra });
const extension = (url: string) => ({ url, valueString: 'x' });

// Issue 11: input whose name does not say its layout, files in no FHIR format, and the extension flags.
describe('validate fhir: inputs read by their content, skipped files named, extension flags', () => {
  it('NDJSON in .json and a JSON array are read with a note; a .txt beside them is a warning; --allow-extension-domain', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a-lines.json'), `${patient('l1')}\n${patient('l2', { gender: 'nonsense' })}\n`);
    const unknown = { extension: [extension('http://example.org/fhir/x'), extension('http://ext.test/fhir/y')] };
    await writeFile(join(dir, 'b-list.json'), `[${patient('a0')}, ${patient('a1', unknown)}]`);
    await writeFile(join(dir, 'c-notes.txt'), 'not FHIR');
    const out = join(dir, 'summary.json');
    const result = await runCli([
      'validate',
      'fhir',
      dir,
      '--out',
      out,
      '--allow-extension-domain',
      'http://ext.test/',
    ]);
    expect(result.code).toBe(ExitCode.Ok);
    expect(result.stderr).toContain(
      `${dir}: warning: 1 file skipped: 1 *.txt (not a FHIR format) (listed in the summary's "skipped") (fhir.input.skipped)`,
    );
    expect(result.stdout).toMatch(
      /valid against base R4 50\.0% of 4 resources( \(.*\))?, without any error [\d.]+% of 4 resources/,
    );
    expect(result.stdout).toContain(
      `note       ${join(dir, 'a-lines.json')}: the .json file holds one JSON value per line`,
    );
    expect(result.stdout).toContain('skipped: 1 *.txt (not a FHIR format)');
    const summary = JSON.parse(await readFile(out, 'utf8')) as FhirConformanceSummary;
    expect(summary.files.map((f) => [f.format, f.resources, f.status])).toEqual([
      ['ndjson', 2, 'ok'],
      ['json', 2, 'ok'],
    ]);
    expect(summary.files[1]!.note).toContain('a JSON array of 2 values');
    expect(summary.skipped).toMatchObject({ count: 1, files: [{ path: join(dir, 'c-notes.txt') }] });
    expect(summary.denominators['fhir.conformant_share']).toEqual({ count: 4, of: 'resources' });
    const gender = summary.sample.find((f) => f.rule === 'fhir.binding.required');
    expect(gender?.location).toMatchObject({ file: join(dir, 'a-lines.json'), line: 2 });
    // An example domain is an error without --allow-example-urls (as HL7's validator); the allowed domain a warning.
    const extensions = summary.sample.filter((f) => f.rule === 'fhir.extension.unknown');
    expect(extensions.map((f) => [f.location.file, f.location.path, f.severity])).toEqual([
      [`${join(dir, 'b-list.json')}[1]`, 'Patient.extension[0]', 'error'],
      [`${join(dir, 'b-list.json')}[1]`, 'Patient.extension[1]', 'warning'],
    ]);
    expect(summary.options).toMatchObject({ allowExtensionDomains: ['http://ext.test/'], allowExampleUrls: false });
  }, 120_000);

  it('a folder with only files in no FHIR format: exit 3 naming them and why, the summary still written', async () => {
    const dir = await tempDir();
    for (const name of ['a.txt', 'b.txt', 'c.pdf']) await writeFile(join(dir, name), 'x');
    const out = join(dir, 'summary.json');
    const result = await runCli(['validate', 'fhir', dir, '--out', out, '--fail-on', 'error', '--allow-example-urls']);
    expect(result.code).toBe(ExitCode.InvalidInput);
    expect(result.stderr).toContain(
      `${dir}: error: no FHIR resource was read: 3 files skipped: 2 *.txt (not a FHIR format), 1 *.pdf (not a FHIR format) (fhir.input.none)`,
    );
    expect(result.stderr).toContain('fix: name FHIR R4 files');
    const summary = JSON.parse(await readFile(out, 'utf8')) as FhirConformanceSummary;
    expect(summary.skipped.files.map((f) => f.path)).toEqual(['a.txt', 'b.txt', 'c.pdf'].map((n) => join(dir, n)));
    expect(summary.totals.items).toBe(0);
    expect(summary.options.allowExampleUrls).toBe(true);
  }, 120_000);
});

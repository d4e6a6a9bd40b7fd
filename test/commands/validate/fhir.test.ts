import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import schema from '../../../src/validation/fhir/summary/conformance.schema.json' with { type: 'json' };
import { runCli, tempDir } from '../../helpers/cli.js';

const validateSummary = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
const EXAMPLES = 'examples/european-consortium/exports';
const patient = (id: string) => JSON.stringify({ resourceType: 'Patient', id, gender: 'female' });

describe('readiness validate fhir', () => {
  it('validates the it-osm example export, prints a summary and writes a schema-valid conformance summary', async () => {
    const out = join(await tempDir(), 'it-osm.json');
    const result = await runCli(['validate', 'fhir', `${EXAMPLES}/it-osm/fhir`, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/FHIR R4 conformance: \d+ resources in 6 file\(s\)/);
    expect(result.stdout).toContain('fhir.terminology.loinc.check-digit');
    expect(result.stdout).toContain('fhir.terminology.ucum.invalid');
    expect(result.stdout).toMatch(/fhir\.json\.syntax .*Encounter\.ndjson:8:\d+/);
    const summary = JSON.parse(await readFile(out, 'utf8'));
    expect(validateSummary(summary), JSON.stringify(validateSummary.errors)).toBe(true);
    expect(summary.metrics['fhir.loinc_share']).toBeLessThan(1);
    expect(summary.metrics['fhir.reference_integrity_share']).toBeLessThan(1);
    expect(summary.totals.unreadable).toBe(1);
  });

  it('gives the same bytes twice, whatever the worker timing', async () => {
    const dir = await tempDir();
    await runCli(['validate', 'fhir', `${EXAMPLES}/it-osm/fhir`, '--out', join(dir, 'a.json')]);
    await runCli(['validate', 'fhir', `${EXAMPLES}/it-osm/fhir`, '--out', join(dir, 'b.json'), '--threads', '1']);
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe(await readFile(join(dir, 'b.json'), 'utf8'));
  });

  it('finds nothing in a clean export; --fail-on error exits 6 on the defective one', async () => {
    const clean = await runCli(['validate', 'fhir', `${EXAMPLES}/de-uka/fhir`, '--fail-on', 'error']);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('No findings.');
    const failing = await runCli(['validate', 'fhir', `${EXAMPLES}/it-osm/fhir`, '--fail-on', 'error', '--lang', 'de']);
    expect(failing.code).toBe(6);
    // The summary in the reader's language: both shares on one line, each with its denominator, German numbers.
    expect(failing.stdout).toMatch(
      /gültig gegen das Basis-R4 \d+,\d\s%\svon \d+ Ressourcen, ohne jeden Fehler \d+,\d\s%\svon \d+ Ressourcen/,
    );
    expect(failing.stdout).toContain('Befunde nach Regel');
  });

  it('prints JSON only with --json (no progress bar), valid against the schema', async () => {
    const result = await runCli(['validate', 'fhir', `${EXAMPLES}/fr-chn/fhir`, '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(validateSummary(summary)).toBe(true);
    expect(summary.resourcesByType.map((t: { type: string }) => t.type)).toEqual([
      'Bundle',
      'Condition',
      'Encounter',
      'MedicationRequest',
      'Observation',
      'Patient',
    ]);
    expect(result.stderr).toBe('');
  });

  it('refuses to overwrite --out without --force (exit 5), before doing any work', async () => {
    const out = join(await tempDir(), 'summary.json');
    await writeFile(out, 'keep me');
    const refused = await runCli(['validate', 'fhir', `${EXAMPLES}/fr-chn/fhir`, '--out', out]);
    expect(refused.code).toBe(5);
    expect(refused.stderr).toMatch(/already exists.*\n.*--force/);
    expect(await readFile(out, 'utf8')).toBe('keep me');
    const forced = await runCli(['validate', 'fhir', `${EXAMPLES}/fr-chn/fhir`, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(await readFile(out, 'utf8')).kind).toBe('fhir');
  });
});

describe('readiness validate fhir on bad input', () => {
  it('a missing input: exit 2 with the path', async () => {
    const result = await runCli(['validate', 'fhir', 'no/such/export']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no/such/export: error: file not found');
  });

  it('invalid JSON lines in NDJSON: each reported with its line, the run goes on', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'Patient.ndjson'),
      `${patient('1')}\n{"resourceType":"Patient", "id": }\n${patient('3')}\n[1,2\n${patient('5')}\n`,
    );
    const result = await runCli(['validate', 'fhir', dir, '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.totals).toMatchObject({ items: 3, unreadable: 2 });
    expect(
      summary.sample
        .filter((f: { rule: string }) => f.rule === 'fhir.json.syntax')
        .map((f: { location: { line: number } }) => f.location.line),
    ).toEqual([2, 4]);
  });

  it('a JSON file that is not FHIR, alone: exit 3 and the reason', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'config.json'), '{"settings": {"a": 1}}');
    const result = await runCli(['validate', 'fhir', join(dir, 'config.json')]);
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/unreadable\s+.*config\.json: not a FHIR resource/);
    expect(result.stdout).toContain('fhir.resource.not-a-resource');
  });

  it('a corrupt gzip beside a good file: exit 4, the good file and the lines before the break are validated', async () => {
    const dir = await tempDir();
    const lines = Array.from({ length: 4000 }, (_, i) =>
      JSON.stringify({ resourceType: 'Patient', id: `p${i}`, gender: 'male', name: [{ family: `N${i * 7919}` }] }),
    ).join('\n');
    const gz = gzipSync(lines);
    gz.fill(0, Math.floor(gz.length / 2), Math.floor(gz.length / 2) + 100);
    await writeFile(join(dir, 'a.ndjson.gz'), gz);
    await writeFile(join(dir, 'b.json'), patient('ok'));
    const result = await runCli(['validate', 'fhir', dir, '--json']);
    expect(result.code).toBe(4);
    const summary = JSON.parse(result.stdout);
    const broken = summary.files.find((f: { path: string }) => f.path.endsWith('a.ndjson.gz'));
    expect(broken.status).toBe('partial');
    expect(broken.problem).toMatch(/gzip data is corrupt/);
    expect(summary.totals.items).toBe(broken.resources + 1);
  });

  it('a Bundle with 100,000 entries: every entry validated and counted, located by its index', async () => {
    const dir = await tempDir();
    const entry = Array.from({ length: 100_000 }, (_, i) => ({
      fullUrl: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      resource: { resourceType: 'Patient', id: `p${i}`, gender: i === 77_777 ? 'M' : 'female' },
    }));
    await writeFile(join(dir, 'big.json'), JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry }));
    const result = await runCli(['validate', 'fhir', join(dir, 'big.json'), '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.totals.items).toBe(100_001);
    expect(summary.resourcesByType).toContainEqual({
      type: 'Patient',
      resources: 100_000,
      validBase: 99_999,
      conformant: 99_999,
    });
    expect(summary.findings.find((f: { rule: string }) => f.rule === 'fhir.binding.required')).toMatchObject({
      count: 1,
      example: { entry: 77_777, path: 'Bundle.entry[77777].resource.gender' },
    });
  });

  it('deeply nested input: a finding, no stack overflow, and the lines around it validated', async () => {
    const dir = await tempDir();
    const open = '{"url":"http://example.org/x","extension":['.repeat(50_000);
    const deep = `{"resourceType":"Patient","id":"d","gender":"male","extension":[${open}{"url":"http://example.org/x","valueString":"end"}${']}'.repeat(50_000)}]}`;
    await writeFile(join(dir, 'deep.ndjson'), `${patient('a')}\n${deep}\n${patient('b')}\n`);
    const result = await runCli(['validate', 'fhir', dir, '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    // Deeper than the nesting limit (512): the line is not parsed (an unreadable line), its neighbours are validated.
    expect(summary.totals).toMatchObject({ items: 2, conformant: 2, unreadable: 1 });
    expect(summary.findings.find((f: { rule: string }) => f.rule === 'fhir.json.too-deep')).toMatchObject({
      count: 1,
      example: { line: 2 },
    });
  });

  it('an unknown profile URL: a clear error with a suggestion, nothing validated', async () => {
    const result = await runCli([
      'validate',
      'fhir',
      `${EXAMPLES}/fr-chn/fhir`,
      '--profile',
      'http://hl7.org/fhir/uv/ips/StructureDefinition/Patient-uv-ipz',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /unknown profile http:\/\/hl7\.org\/fhir\/uv\/ips\/StructureDefinition\/Patient-uv-ipz/,
    );
    expect(result.stderr).toContain('Patient-uv-ips');
    expect(result.stdout).toBe('');
  });

  it('a broken IG package: a clear error naming the file (exit 3)', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'my-ig.tgz'), Buffer.from('this is not a package'));
    const result = await runCli(['validate', 'fhir', `${EXAMPLES}/fr-chn/fhir`, '--ig', join(dir, 'my-ig.tgz')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`${join(dir, 'my-ig.tgz')}: error: cannot load FHIR definitions`);
  });
});

import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir, type CliResult } from '../helpers/cli.js';
import { expectValidScorecard } from '../scoring/scorecard-validator.js';

const DEID = 'basic,retain-long-modified-dates,retain-patient-characteristics';

describe('readiness pipeline (the main job of npm start)', () => {
  let out: string;
  let result: CliResult;

  beforeAll(async () => {
    out = join(await tempDir(), 'out');
    // The extension flags reach each FHIR validation (the examples have no unknown extension: nothing else changes).
    const extensionFlags = ['--allow-extension-domain', 'http://ext.test/', '--allow-example-urls'];
    result = await runCli([
      'pipeline',
      'examples/european-consortium',
      '--out',
      out,
      '--deid',
      DEID,
      '--json',
      ...extensionFlags,
    ]);
  }, 180_000);

  it('validates every example export into a conformance summary per subject', async () => {
    expect(result.code).toBe(0);
    const run = JSON.parse(result.stdout) as { validations: { subject: string; kind: string; items: number }[] };
    expect(run.validations.map((v) => `${v.subject}/${v.kind}`)).toEqual([
      'de-uka/fhir',
      'de-uka/dicom',
      'fr-chn/fhir',
      'fr-chn/dicom',
      'it-osm/fhir',
    ]);
    for (const v of run.validations) expect(v.items).toBeGreaterThan(0);
    expect((await readdir(join(out, 'conformance'))).sort()).toEqual(['de-uka', 'fr-chn', 'it-osm']);
    const fhir = JSON.parse(await readFile(join(out, 'conformance', 'it-osm', 'fhir.json'), 'utf8')) as {
      options: Record<string, unknown>;
    };
    expect(fhir.options).toMatchObject({ allowExtensionDomains: ['http://ext.test/'], allowExampleUrls: true });
  });

  it('scores every assessment with the measured values as verified evidence, latest period only', async () => {
    const files = (await readdir(join(out, 'scorecards'))).sort();
    expect(files).toContain('de-uka.json');
    expect(files).toContain('de-uka-2025.json');
    const card = (name: string) =>
      readFile(join(out, 'scorecards', name), 'utf8').then(
        (t) => JSON.parse(t) as { indicators: { id: string; source: string | null; answer: unknown; note?: string }[] },
      );
    for (const name of files) expectValidScorecard(await card(name));
    const frChn = (await card('fr-chn.json')).indicators.find((i) => i.id === 'sharing.deidentified-share');
    // fr-chn claims full de-identification; its DICOM export leaks identities.
    // one of its four files declares de-identification and keeps only dummies where the profile allows them (Z)
    expect(frChn).toMatchObject({ source: 'verified', answer: 25 });
    expect(frChn?.note).toMatch(/claimed 100/);
    const older = (await card('de-uka-2025.json')).indicators.find((i) => i.id === 'standards.fhir-valid-share');
    expect(older?.source).not.toBe('verified');
  });

  it('writes the comparative report and prints where', async () => {
    const run = JSON.parse(result.stdout) as { report: { index: string } };
    expect(run.report.index).toBe(join(out, 'report', 'index.html'));
    expect(await readFile(run.report.index, 'utf8')).toContain('<html');
    expect(await readdir(join(out, 'report'))).toEqual(
      expect.arrayContaining(['index.html', 'report.md', 'scores.csv', 'indicators.csv', 'report.json']),
    );
  });

  it('refuses an existing non-empty output folder without --force, and leaves it alone', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'notes.txt'), 'keep me');
    const refused = await runCli(['pipeline', 'examples/european-consortium', '--out', dir]);
    expect(refused.code).toBe(5);
    expect(refused.stderr).toMatch(/not empty.*\n.*--force/);
    expect(await readdir(dir)).toEqual(['notes.txt']);
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  it('says which folder does not exist', async () => {
    const missing = await runCli(['pipeline', 'no/such/consortium', '--out', join(await tempDir(), 'o')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no/such/consortium: error: file not found');
  });
});

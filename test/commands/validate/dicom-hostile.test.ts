import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DicomConformanceSummary } from '../../../src/validation/dicom/summary/index.js';
import { redactValue } from '../../../src/validation/redact.js';
import { runCli, tempDir } from '../../helpers/cli.js';
import { deeplyNestedFile, truncatedFile, undefinedLengthFile } from '../../helpers/dicom-hostile.js';
import { ctImageElements, el, writeDicom } from '../../helpers/dicom-writer.js';

const CLEAN = 'examples/european-consortium/exports/de-uka/dicom/ct/IM0001.dcm';
const DEID = 'retain-long-modified-dates,retain-patient-characteristics';
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

/** Every file below `dir` with the hash of its bytes: what a run must leave as it was. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await readdir(dir, { recursive: true })) {
    const path = join(dir, name);
    if ((await stat(path)).isFile())
      out[relative(dir, path)] = createHash('sha256')
        .update(await readFile(path))
        .digest('hex');
  }
  return out;
}

/** An export folder: the hostile files of issue 9 item 2, and optionally one clean de-identified file. */
async function hostileExport(withClean: boolean): Promise<string> {
  const dir = join(await tempDir('readiness-dicom-hostile-'), 'export');
  await mkdir(dir, { recursive: true });
  if (withClean) await copyFile(CLEAN, join(dir, 'clean.dcm'));
  await writeFile(join(dir, 'deep.dcm'), deeplyNestedFile(10_000));
  await writeFile(join(dir, 'ffff.dcm'), undefinedLengthFile());
  await writeFile(join(dir, 'truncated.dcm'), truncatedFile());
  return dir;
}

const parse = (stdout: string) => JSON.parse(stdout) as DicomConformanceSummary;

describe('validate dicom on hostile files (issue 9 item 2)', () => {
  it('counts unreadable and partly read files as not de-identified, and still checks what was read', async () => {
    const dir = await hostileExport(true);
    const before = await snapshot(dir);
    const { code, stdout, stderr } = await runCli(['validate', 'dicom', dir, '--deid', DEID, '--json']);
    expect(code, stderr).toBe(4);
    expect(stderr).not.toMatch(STACK);
    const summary = parse(stdout);
    expect(summary.dicom).toMatchObject({ files: 4, parsed: 1, partlyRead: 3, deidentified: 1 });
    expect(summary.metrics['dicom.deidentified_share']).toBe(0.25);
    expect(summary.dicom.unreadable.map((u) => [u.file.replace(/^.*\//, ''), u.rule])).toEqual([
      ['deep.dcm', 'dicom.parse.too-deep'],
      ['ffff.dcm', 'dicom.parse.malformed'],
      ['truncated.dcm', 'dicom.parse.truncated'],
    ]);
    const at = (name: string, rule: string, tag?: string) =>
      summary.details.findings.find(
        (f) =>
          (f.location.file ?? '').endsWith(name) && f.rule === rule && (tag === undefined || f.location.tag === tag),
      );
    expect(at('deep.dcm', 'dicom.parse.too-deep')?.location.tag).toMatch(/^(\(0008,1140\)\[0\]\/){64}\(0008,1140\)$/);
    expect(at('ffff.dcm', 'dicom.parse.malformed')?.location.tag).toBe('(0010,0010)');
    // read before the error, and checked: Accession Number (0008,0050) still has its value
    for (const name of ['deep.dcm', 'ffff.dcm', 'truncated.dcm'])
      expect(at(name, 'dicom.deid.value-kept', '(0008,0050)'), name).toBeDefined();
    // in ffff.dcm, Patient's Name was read (its header) before the error: reported as present
    expect(at('ffff.dcm', 'dicom.deid.not-removed') ?? at('ffff.dcm', 'dicom.deid.value-kept')).toBeDefined();
    expect(stdout).not.toMatch(/ACC0001|Anonymous\^Patient|Nested\^Patient/);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('measures 0, not null, when every DICOM file presented is broken', async () => {
    const dir = await hostileExport(false);
    const text = await runCli(['validate', 'dicom', dir, '--deid', DEID]);
    expect(text.code, text.stderr).toBe(3); // no file could be read as DICOM (whole)
    expect(text.stderr).not.toMatch(STACK);
    expect(text.stdout).toMatch(/De-identified \([a-z, -]+\): 0\/3 \(0\.0%\)/);
    expect(text.stdout).toContain(
      'File problems (3 unreadable, 3 of them partly read and counted as not de-identified):',
    );
    expect(text.stdout).toMatch(/fatal +dicom\.parse\.too-deep +\S*deep\.dcm \(0008,1140\)\[0\]\/.* byte \d+: /);
    const out = join(await tempDir(), 'dicom.json');
    expect((await runCli(['validate', 'dicom', dir, '--deid', DEID, '--out', out])).code).toBe(3);
    const summary = JSON.parse(await readFile(out, 'utf8')) as DicomConformanceSummary;
    expect(summary.metrics['dicom.deidentified_share']).toBe(0);
    expect(summary.totals).toMatchObject({ items: 3, unreadable: 3 });
  });
});

describe('pipeline: a broken file cannot keep a self-reported de-identification share (issue 9 item 2)', () => {
  it('replaces the claimed 98 by the measured 0 when the export holds only broken files', async () => {
    const root = await tempDir('readiness-pipeline-hostile-');
    const consortium = join(root, 'consortium');
    const exportDir = join(consortium, 'exports', 'ee-pkh', 'dicom');
    await mkdir(exportDir, { recursive: true });
    await copyFile('examples/european-consortium/ee-pkh.yaml', join(consortium, 'ee-pkh.yaml'));
    await writeFile(join(exportDir, 'deep.dcm'), deeplyNestedFile(10_000));
    await writeFile(join(exportDir, 'ffff.dcm'), undefinedLengthFile());
    const before = await snapshot(consortium);
    const out = join(root, 'out');
    const { code, stderr } = await runCli(['pipeline', consortium, '--out', out, '--json']);
    expect(code, stderr).toBe(0);
    expect(stderr).not.toMatch(STACK);
    const card = JSON.parse(await readFile(join(out, 'scorecards', 'ee-pkh.json'), 'utf8')) as {
      indicators: { id: string; source: string | null; answer: unknown; note?: string }[];
    };
    const share = card.indicators.find((i) => i.id === 'sharing.deidentified-share');
    expect(share).toMatchObject({ source: 'verified', answer: 0 });
    expect(share?.note).toMatch(/claimed 98/);
    const summary = JSON.parse(
      await readFile(join(out, 'conformance', 'ee-pkh', 'dicom.json'), 'utf8'),
    ) as DicomConformanceSummary;
    expect(summary.dicom).toMatchObject({ files: 2, partlyRead: 2 });
    expect(await snapshot(consortium)).toEqual(before);
  }, 120_000);
});

describe('values from the files stay out of findings and summaries without --show-values (issue 9 item 15)', () => {
  it('free-text Modality, private creator and unknown SOP Class UID are shown as length and hash', async () => {
    const dir = join(await tempDir('readiness-dicom-values-'), 'export');
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'a.dcm'),
      writeDicom(ctImageElements([el('00080018', 'UI', '1.2.826.0.1.3680043.10.1.71')])),
    );
    const leaky = ctImageElements([
      el('00080016', 'UI', '1.2.999.123456789'),
      el('00080018', 'UI', '1.2.826.0.1.3680043.10.1.72'),
      el('00080060', 'CS', 'MRN0012345'),
      el('00090010', 'LO', 'DOE JOHN 19700101'),
      el('00091001', 'LO', 'x'),
    ]);
    await writeFile(
      join(dir, 'b.dcm'),
      writeDicom(leaky, { metaElements: [el('00020002', 'UI', '1.2.999.123456789')] }),
    );
    const hidden = await runCli(['validate', 'dicom', dir, '--json']);
    expect(hidden.code, hidden.stderr).toBe(0);
    for (const secret of ['MRN0012345', 'DOE JOHN', '1.2.999.123456789'])
      expect(hidden.stdout, secret).not.toContain(secret);
    const summary = parse(hidden.stdout);
    expect(summary.dicom.modalities).toEqual(
      expect.arrayContaining([
        { value: 'CT', count: 1 },
        { value: redactValue('MRN0012345'), count: 1 },
      ]),
    );
    expect(summary.dicom.sopClasses.map((r) => r.value)).toContain(redactValue('1.2.999.123456789'));
    const byRule = (rule: string) => summary.details.findings.find((f) => f.rule === rule);
    expect(byRule('dicom.deid.private-tag')?.params?.creator).toBe(redactValue('DOE JOHN 19700101'));
    expect(byRule('dicom.iod.unknown-sop-class')?.params?.sopClass).toBe(redactValue('1.2.999.123456789'));
    expect(byRule('dicom.across.series-mixed-modality')?.params).toMatchObject({
      modality: redactValue('MRN0012345'),
      firstModality: 'CT',
    });
    const text = await runCli(['validate', 'dicom', dir]);
    for (const secret of ['MRN0012345', 'DOE JOHN', '1.2.999.123456789'])
      expect(text.stdout, secret).not.toContain(secret);
    const shown = await runCli(['validate', 'dicom', dir, '--json', '--show-values']);
    for (const secret of ['MRN0012345', 'DOE JOHN 19700101', '1.2.999.123456789'])
      expect(shown.stdout, secret).toContain(secret);
  });
});

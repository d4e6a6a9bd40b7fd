import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DICOM_CONFORMANCE_SCHEMA, type DicomConformanceSummary } from '../../../src/validation/dicom/summary/index.js';
import { BIN, runCli, tempDir } from '../../helpers/cli.js';
import { writeExportFixture } from '../../validation/dicom/pipeline/export-fixture.js';

const validate = new Ajv2020({ allErrors: true }).compile(DICOM_CONFORMANCE_SCHEMA);
const FR_CHN = 'examples/european-consortium/exports/fr-chn/dicom';
const DE_UKA = 'examples/european-consortium/exports/de-uka/dicom';
const DEID = 'retain-long-modified-dates,retain-patient-characteristics';

describe('readiness validate dicom', async () => {
  const dir = await writeExportFixture();

  it('reports every bad input with its byte offset, validates the rest, and exits 4', async () => {
    const { code, stdout, stderr } = await runCli(['validate', 'dicom', dir]);
    expect(code, stderr).toBe(4);
    expect(stdout).toContain('File problems (3 unreadable, 1 of them partly read and counted as not de-identified):');
    expect(stdout).toMatch(/fatal +dicom\.parse\.truncated +\S*truncated\.dcm.* byte \d+: /);
    expect(stdout).toMatch(/fatal +dicom\.parse\.empty +\S*empty\.dcm byte 0: /);
    expect(stdout).toMatch(/fatal +dicom\.parse\.not-dicom +\S*notes\.dcm byte \d+: /);
    expect(stdout).toMatch(/error +dicom\.meta\.transfer-syntax-mismatch +\S*wrong-ts\.dcm byte \d+: /);
    expect(stdout).toContain('7 file(s) (1 DICOMDIR)');
    expect(stderr).toBe(''); // no progress bar when stderr is not a terminal
  });

  it('writes a summary that matches its schema, and refuses to overwrite it without --force', async () => {
    const out = join(await tempDir(), 'site-a-dicom.json');
    const first = await runCli(['validate', 'dicom', dir, '--out', out]);
    expect(first.code).toBe(4);
    const written = await readFile(out, 'utf8');
    expect(validate(JSON.parse(written)), JSON.stringify(validate.errors)).toBe(true);
    const again = await runCli(['validate', 'dicom', DE_UKA, '--out', out]);
    expect(again.code).toBe(5);
    expect(again.stderr).toContain('already exists');
    expect(again.stderr).toContain('--force');
    expect(await readFile(out, 'utf8')).toBe(written);
    const forced = await runCli(['validate', 'dicom', DE_UKA, '--out', out, '--force', '--deid', DEID]);
    expect(forced.code).toBe(0);
    expect((JSON.parse(await readFile(out, 'utf8')) as DicomConformanceSummary).dicom.files).toBe(5);
  });

  it('prints the summary as JSON with --json, and the same bytes every run', async () => {
    const a = await runCli(['validate', 'dicom', FR_CHN, '--deid', DEID, '--json']);
    const b = await runCli(['validate', 'dicom', FR_CHN, '--deid', DEID, '--json']);
    expect(a.code).toBe(0);
    const summary = JSON.parse(a.stdout) as DicomConformanceSummary;
    expect(validate(summary), JSON.stringify(validate.errors)).toBe(true);
    expect(a.stdout).toBe(b.stdout);
    // IM0001 declares de-identification and has only Z attributes with values: dummies (PS3.15 Table E.1-1)
    expect(summary.metrics['dicom.deidentified_share']).toBe(0.25);
  });

  it('finds the deliberate leaks of the fr-chn example and none in de-uka', async () => {
    const leaky = JSON.parse(
      (await runCli(['validate', 'dicom', FR_CHN, '--deid', DEID, '--json'])).stdout,
    ) as DicomConformanceSummary;
    const rules = new Set(leaky.findings.map((f) => f.rule));
    for (const rule of [
      'dicom.deid.value-kept',
      'dicom.deid.not-removed',
      'dicom.deid.private-tag',
      'dicom.deid.burned-in-annotation',
      'dicom.deid.uid-not-replaced',
      'dicom.deid.not-declared',
      'dicom.deid.declared-but-identifying',
    ]) {
      expect(rules, rule).toContain(rule);
    }
    const clean = JSON.parse(
      (await runCli(['validate', 'dicom', DE_UKA, '--deid', DEID, '--json'])).stdout,
    ) as DicomConformanceSummary;
    expect(clean.metrics).toMatchObject({
      'dicom.deidentified_share': 1,
      'dicom.conformant_share': 1,
      'dicom.parse_ok_share': 1,
    });
  });

  it('shows values only with --show-values', async () => {
    const hidden = await runCli(['validate', 'dicom', join(FR_CHN, 'ct', 'IM0002.dcm'), '--deid', DEID]);
    expect(hidden.stdout).toContain('Institution Name (0008,0080)');
    expect(hidden.stdout).not.toContain('Centre Hospitalier');
    const shown = await runCli([
      'validate',
      'dicom',
      join(FR_CHN, 'ct', 'IM0002.dcm'),
      '--deid',
      DEID,
      '--show-values',
    ]);
    expect(shown.stdout).toContain('[value: "Centre Hospitalier Fictif de Nulle-Part"]');
  });

  it('exits 6 with --fail-on error when errors are found', async () => {
    expect((await runCli(['validate', 'dicom', FR_CHN, '--fail-on', 'error'])).code).toBe(6);
  });

  it('refuses an unknown --deid option and a missing path with exit 2', async () => {
    const unknown = await runCli(['validate', 'dicom', DE_UKA, '--deid', 'retain-uid']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean "retain-uids"');
    const missing = await runCli(['validate', 'dicom', join(dir, 'no-such-folder')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('file not found');
    // Beside a folder (the workers start while it is walked): still exit 2, no crash.
    const besideFolder = await runCli(['validate', 'dicom', DE_UKA, join(dir, 'no-such-folder')]);
    expect(besideFolder.code).toBe(2);
    expect(besideFolder.stderr).toContain('file not found');
    expect(besideFolder.stderr).not.toContain('Internal error');
  });

  it('gives the same result with worker threads as without (enough files to start workers)', async () => {
    const many = join(await tempDir(), 'many');
    await mkdir(many);
    for (let i = 0; i < 30; i++)
      await copyFile(join(FR_CHN, 'ct', `IM000${(i % 2) + 1}.dcm`), join(many, `f${String(i).padStart(2, '0')}.dcm`));
    const threaded = await runCli(['validate', 'dicom', many, '--json']);
    const inline = await runCli(['validate', 'dicom', many, '--json', '--threads', '0']);
    expect(threaded.code, threaded.stderr).toBe(0);
    expect(threaded.stdout).toBe(inline.stdout);
    const summary = JSON.parse(threaded.stdout) as DicomConformanceSummary;
    expect(summary.dicom.files).toBe(30);
    // 15 copies of each of two files: the same instances again (warnings), not conflicts
    expect(summary.findings.find((f) => f.rule === 'dicom.across.same-instance')?.count).toBe(28);
    expect(summary.findings.find((f) => f.rule === 'dicom.across.duplicate-sop-instance')).toBeUndefined();
  });

  it('never touches its inputs', async () => {
    const file = join(await tempDir(), 'one.dcm');
    await copyFile(join(FR_CHN, 'ct', 'IM0001.dcm'), file);
    const before = await stat(file);
    await runCli(['validate', 'dicom', file]);
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
    await writeFile(join(await tempDir(), 'x'), '');
  });
});

// `script` (util-linux) gives the CLI a pseudo-terminal, as a person at a terminal would have.
const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!hasScript)('the progress bar on a terminal', () => {
  const onTerminal = (args: string) =>
    spawnSync('script', ['-qec', `${process.execPath} ${BIN} validate dicom ${args}`, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });

  it('is drawn on a terminal, and erased before the summary', () => {
    const run = onTerminal(DE_UKA);
    expect(run.stdout).toMatch(/\[#+\]\s+\d+% 5\/5 files \d+\/s ETA/);
    expect(run.stdout).toContain('DICOM export: 5 file(s)');
  });

  it('is not drawn with --json', () => {
    const run = onTerminal(`${DE_UKA} --json`);
    expect(run.stdout).not.toMatch(/files \d+\/s ETA/);
    expect(run.stdout).toContain('"kind": "dicom"');
  });
});

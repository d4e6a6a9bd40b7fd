import { execFileSync } from 'node:child_process';
import { chmod, copyFile, mkdir, readdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, type CliOptions } from '../helpers/cli.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

const EX = 'examples/european-consortium';
const EXPORTS = `${EX}/exports/de-uka`;

/**
 * A folder the CLI cannot list (mode 000). Root reads any folder whatever its mode, so the CLI
 * runs without root's file-reading capabilities (see runCli's `withoutFilePrivileges`).
 */
async function withLockedFolder(
  fill: (dir: string, locked: string) => Promise<void>,
): Promise<{ dir: string; locked: string; as: CliOptions }> {
  const dir = await tempDir();
  const locked = join(dir, 'locked');
  await mkdir(locked);
  await fill(dir, locked);
  await chmod(locked, 0o000);
  return { dir, locked, as: { withoutFilePrivileges: true } };
}

describe(
  'inputs that are not regular files, or too large (issue 9 item 5)',
  { concurrent: true, timeout: 300_000 },
  () => {
    it('assess refuses a device, a FIFO, stdin and a file over 16 MiB, each at its path, and scores the rest (exit 4)', async () => {
      const dir = await tempDir();
      await copyFile(`${EX}/ee-pkh.yaml`, join(dir, 'ee-pkh.yaml'));
      execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
      await writeFile(join(dir, 'big.yaml'), '');
      await truncate(join(dir, 'big.yaml'), 16 * 2 ** 20 + 1);
      const before = await treeSnapshot(dir);
      const { code, stdout, stderr } = await runCli(
        ['assess', dir, '/dev/zero', join(dir, 'fifo.yaml'), '/dev/stdin', '-'],
        { input: 'questionnaire: {}\n' },
      );
      expect(code, stderr).toBe(4);
      expect(stderr).toContain(
        `${join(dir, 'big.yaml')}: error: is larger than readiness reads for a file of this kind (16777217 bytes, the limit is 16 MiB)`,
      );
      expect(stderr).toContain(
        `${join(dir, 'fifo.yaml')}: error: is not a regular file (a FIFO or pipe, as stdin and <(...) are)`,
      );
      expect(stderr).toContain('/dev/zero: error: is not a regular file (a character device)');
      expect(stderr).toMatch(/\/dev\/stdin: error: is not a regular file \(a (FIFO or pipe|socket)/);
      expect(stderr).toContain('-: error: is not a regular file (standard input is not read)');
      expect(stderr).not.toMatch(/at .*\.js:\d+/);
      expect(stdout).toContain('ee-pkh');
      expect(await treeSnapshot(dir)).toEqual(before);
    });

    it('report refuses /dev/zero and a FIFO instead of hanging, and reports the other inputs (exit 4)', async () => {
      const dir = await tempDir();
      execFileSync('mkfifo', [join(dir, 'card.json')]);
      const out = join(dir, 'out');
      const { code, stdout, stderr } = await runCli([
        'report',
        `${EX}/ee-pkh.yaml`,
        '/dev/zero',
        join(dir, 'card.json'),
        '--out',
        out,
      ]);
      expect(code, stderr).toBe(4);
      expect(stderr).toContain('/dev/zero: error: is not a regular file (a character device)');
      expect(stderr).toContain(`${join(dir, 'card.json')}: error: is not a regular file (a FIFO`);
      expect(stdout).toMatch(/^Self-audit, questionnaire .+, subjects: 1$/m);
      expect(await readdir(out)).toContain('index.html');
    });

    it('a FIFO inside a folder is an error at its path, not a hang nor silence', async () => {
      const dir = await tempDir();
      await copyFile(`${EX}/ee-pkh.yaml`, join(dir, 'ee-pkh.yaml'));
      execFileSync('mkfifo', [join(dir, 'z.yaml')]);
      const { code, stderr } = await runCli(['assess', dir]);
      expect(code, stderr).toBe(4);
      expect(stderr).toContain(`${join(dir, 'z.yaml')}: error: is not a regular file (a FIFO`);
    });

    it('validate fhir and validate dicom refuse a named FIFO instead of waiting for a writer (exit 3)', async () => {
      const dir = await tempDir();
      execFileSync('mkfifo', [join(dir, 'a.ndjson')]);
      const fhir = await runCli(['validate', 'fhir', join(dir, 'a.ndjson')]);
      expect(fhir.code).toBe(3);
      expect(fhir.stderr).toContain(`${join(dir, 'a.ndjson')}: error: is not a regular file (a FIFO`);
      const dicom = await runCli(['validate', 'dicom', join(dir, 'a.ndjson')]);
      expect(dicom.code).toBe(3);
      expect(dicom.stderr).toContain('is not a regular file (a FIFO');
    });
  },
);

describe('folders that cannot be listed (issue 9 item 13)', { concurrent: true, timeout: 300_000 }, () => {
  it('assess: a located error (exit 4), the other assessments scored', async () => {
    const { dir, locked, as } = await withLockedFolder(async (d, l) => {
      await copyFile(`${EX}/ee-pkh.yaml`, join(d, 'ee-pkh.yaml'));
      await copyFile(`${EX}/fr-chn.yaml`, join(l, 'fr-chn.yaml'));
    });
    const { code, stdout, stderr } = await runCli(['assess', dir], as);
    expect(code, stderr).toBe(4);
    expect(stderr).toContain(`${locked}: error: folder cannot be listed: the files in it were skipped (EACCES)`);
    expect(stdout).toContain('ee-pkh');
    expect(stdout).not.toContain('fr-chn');
  });

  it('report: a located error (exit 4), the report written from the rest', async () => {
    const { dir, locked, as } = await withLockedFolder(async (d, l) => {
      await copyFile(`${EX}/ee-pkh.yaml`, join(d, 'ee-pkh.yaml'));
      await copyFile(`${EX}/fr-chn.yaml`, join(l, 'fr-chn.yaml'));
    });
    const { code, stdout, stderr } = await runCli(['report', dir, '--out', join(dir, 'out')], as);
    expect(code, stderr).toBe(4);
    expect(stderr).toContain(`${locked}: error: folder cannot be listed`);
    expect(stdout).toMatch(/^Self-audit, questionnaire .+, subjects: 1$/m);
  });

  it('validate fhir: the folder is an unreadable input (exit 4), the other files validated', async () => {
    const { dir, locked, as } = await withLockedFolder(async (d, l) => {
      await copyFile(`${EXPORTS}/fhir/Patient.ndjson`, join(d, 'Patient.ndjson'));
      await copyFile(`${EXPORTS}/fhir/Patient.ndjson`, join(l, 'Patient.ndjson'));
    });
    const { code, stdout, stderr } = await runCli(['validate', 'fhir', dir, '--json'], as);
    expect(code, stderr).toBe(4);
    const summary = JSON.parse(stdout) as { files: { path: string; status: string; resources: number }[] };
    expect(summary.files).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: locked, status: 'unreadable' }),
        expect.objectContaining({ path: join(dir, 'Patient.ndjson'), status: 'ok' }),
      ]),
    );
    expect(summary.files.find((f) => f.status === 'ok')?.resources).toBeGreaterThan(0);
  });

  it('validate dicom: the folder is an unreadable input (exit 4), the other files validated', async () => {
    const { dir, locked, as } = await withLockedFolder(async (d, l) => {
      await copyFile(`${EXPORTS}/dicom/ct/IM0001.dcm`, join(d, 'IM0001.dcm'));
      await copyFile(`${EXPORTS}/dicom/ct/IM0002.dcm`, join(l, 'IM0002.dcm'));
    });
    const { code, stdout, stderr } = await runCli(['validate', 'dicom', dir], as);
    expect(code, stderr).toBe(4);
    expect(stdout).toContain('dicom.io.unreadable');
    expect(stdout).toContain(locked);
    expect(stdout).toContain('IM0001.dcm');
  });
});

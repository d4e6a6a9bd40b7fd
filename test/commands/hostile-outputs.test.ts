import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

const EX = 'examples/european-consortium';
const PATIENTS = `${EX}/exports/de-uka/fhir/Patient.ndjson`;
const MANIFEST = '.readiness-manifest.json';
const TWO = [`${EX}/ee-pkh.yaml`, `${EX}/fr-chn.yaml`];
/** CLI runs on a shared, loaded machine: generous, and no assertion on time. */
const SLOW = { timeout: 300_000 };

async function withId(dir: string, id: string): Promise<string> {
  const text = (await readFile(`${EX}/ee-pkh.yaml`, 'utf8')).replace('id: ee-pkh', `id: ${id}`);
  const path = join(dir, `${id.slice(0, 20)}.yaml`);
  await writeFile(path, text);
  return path;
}

describe('long subject ids (issue 9 item 9)', { concurrent: true, ...SLOW }, () => {
  it('an id over 128 characters is a located schema error, not ENAMETOOLONG; the other assessments are written (exit 4)', async () => {
    const dir = await tempDir();
    const long = await withId(dir, `x${'a'.repeat(239)}`);
    await copyFile(`${EX}/fr-chn.yaml`, join(dir, 'fr-chn.yaml'));
    const out = join(dir, 'out');
    const { code, stderr } = await runCli(['assess', dir, '--out', out]);
    expect(code, stderr).toBe(4);
    expect(stderr).toContain(`${long}:6:`);
    expect(stderr).not.toContain('ENAMETOOLONG');
    expect(stderr).not.toContain('Internal error');
    expect(await readdir(out)).toEqual(['fr-chn.json']);
  });

  it('an id of 128 characters is written under its own name', async () => {
    const dir = await tempDir();
    const id = `y${'b'.repeat(127)}`;
    await withId(dir, id);
    const { code, stderr } = await runCli(['assess', dir, '--out', join(dir, 'out')]);
    expect(code, stderr).toBe(0);
    expect(await readdir(join(dir, 'out'))).toEqual([`${id}.json`]);
  });
});

describe('--out onto something that is not a regular file (issue 9 item 10)', { concurrent: true, ...SLOW }, () => {
  it('a FIFO, a device node and a symlink are refused even with --force (exit 5), and stay what they were', async () => {
    const root = await tempDir();
    await writeFile(join(root, 'outside.json'), 'not to be replaced');
    execFileSync('mkfifo', [join(root, 'fifo.json')]);
    await symlink(join(root, 'outside.json'), join(root, 'link.json'));
    const targets = ['fifo.json', 'link.json'];
    if (process.getuid?.() === 0) {
      execFileSync('mknod', [join(root, 'null'), 'c', '1', '3']); // a copy of /dev/null, so the real one is never at risk
      targets.push('null');
    }
    const before = await treeSnapshot(root);
    for (const target of targets) {
      const forced = await runCli(['validate', 'fhir', PATIENTS, '--out', join(root, target), '--force']);
      expect(forced.code, forced.stderr).toBe(5);
      expect(forced.stderr).toMatch(
        target === 'link.json'
          ? /is a symbolic link: readiness never writes through or replaces a link, even with --force/
          : /exists and is not a regular file .*even with --force/,
      );
    }
    const dicom = await runCli([
      'validate',
      'dicom',
      `${EX}/exports/de-uka/dicom/ct/IM0001.dcm`,
      '--out',
      join(root, 'fifo.json'),
    ]);
    expect(dicom.code, dicom.stderr).toBe(5);
    expect(dicom.stderr).toContain(`${join(root, 'fifo.json')}: error: exists and is not a regular file`);
    expect(await treeSnapshot(root)).toEqual(before);
  });
});

describe('report --force and pipeline --force (issue 9 items 11 and 12)', { concurrent: true, ...SLOW }, () => {
  it("removes only the files of the earlier report (its manifest), keeps the user's, and leaves no temporaries", async () => {
    const root = await tempDir();
    const out = join(root, 'out');
    const first = await runCli(['report', ...TWO, '--out', out]);
    expect(first.code, first.stderr).toBe(0);
    const manifest = JSON.parse(await readFile(join(out, MANIFEST), 'utf8')) as { kind: string; files: string[] };
    expect(manifest.kind).toBe('report');
    expect(manifest.files).toContain('index.html');
    expect(manifest.files.filter((f) => f.startsWith('charts/')).length).toBeGreaterThan(3);
    await writeFile(join(out, 'charts', 'logo.png'), "the user's logo");
    await writeFile(join(out, 'notes.md'), "the user's notes");
    // what a run killed during a write leaves: temporaries of readiness's naming
    await writeFile(join(out, '.indicators.csv.0123456789ab.tmp'), 'half a file');
    await mkdir(join(out, '.readiness-0123456789ab.tmp'));
    const second = await runCli(['report', `${EX}/ee-pkh.yaml`, '--out', out, '--force']);
    expect(second.code, second.stderr).toBe(0);
    expect(await readFile(join(out, 'charts', 'logo.png'), 'utf8')).toBe("the user's logo");
    expect(await readFile(join(out, 'notes.md'), 'utf8')).toBe("the user's notes");
    const now = JSON.parse(await readFile(join(out, MANIFEST), 'utf8')) as { files: string[] };
    // the consortium's charts are gone, the self-audit's are there: the folder holds one report
    expect((await readdir(join(out, 'charts'))).sort()).toEqual(
      [...now.files.filter((f) => f.startsWith('charts/')).map((f) => f.slice(7)), 'logo.png'].sort(),
    );
    expect((await readdir(out)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('never writes through a charts symlink nor removes a file outside --out (exit 5, nothing changed)', async () => {
    const root = await tempDir();
    const out = join(root, 'out');
    expect((await runCli(['report', ...TWO, '--out', out])).code).toBe(0);
    const charts = await readdir(join(out, 'charts'));
    await mkdir(join(root, 'elsewhere'));
    for (const name of charts) await writeFile(join(root, 'elsewhere', name), "not the report's");
    await rm(join(out, 'charts'), { recursive: true });
    await symlink(join(root, 'elsewhere'), join(out, 'charts'));
    const before = await treeSnapshot(root);
    const { code, stderr } = await runCli(['report', `${EX}/ee-pkh.yaml`, '--out', out, '--force']);
    expect(code).toBe(5);
    expect(stderr).toContain(`${join(out, 'charts')}: error: is a symbolic link`);
    // the earlier report is intact (nothing was written), and so is everything outside
    expect(await treeSnapshot(root)).toEqual(before);
  });

  it('pipeline --force starts from its own outputs: a run of 2 subjects reports 2, not the 3 of the run before', async () => {
    const root = await tempDir();
    const consortium = join(root, 'c');
    await mkdir(consortium);
    for (const name of ['ee-pkh', 'fr-chn', 'nl-rzw'])
      await copyFile(`${EX}/${name}.yaml`, join(consortium, `${name}.yaml`));
    const out = join(root, 'out');
    expect((await runCli(['pipeline', consortium, '--out', out])).code).toBe(0);
    await writeFile(join(out, 'scorecards', 'README.txt'), "the user's");
    await rm(join(consortium, 'nl-rzw.yaml'));
    const { code, stdout, stderr } = await runCli(['pipeline', consortium, '--out', out, '--force', '--json']);
    expect(code, stderr).toBe(0);
    const run = JSON.parse(stdout) as { report: { groups: { subjects: number }[] }; scorecards: string[] };
    expect(run.report.groups.map((g) => g.subjects)).toEqual([2]);
    expect((await readdir(join(out, 'scorecards'))).sort()).toEqual(['README.txt', 'ee-pkh.json', 'fr-chn.json']);
  });

  it('pipeline on a folder without exports/ assesses and reports without evidence, saying so', async () => {
    const root = await tempDir();
    const consortium = join(root, 'c');
    await mkdir(consortium);
    await copyFile(`${EX}/ee-pkh.yaml`, join(consortium, 'ee-pkh.yaml'));
    const before = await treeSnapshot(root);
    const out = join(root, 'out');
    const { code, stdout, stderr } = await runCli(['pipeline', consortium, '--out', out]);
    expect(code, stderr).toBe(0);
    expect(stderr).toContain('Note: no data exports found');
    expect(stderr).toContain('without measured evidence');
    expect(stdout).toContain(`Report: ${join(out, 'report', 'index.html')}`);
    expect(await readdir(join(out, 'report'))).toContain('index.html');
    expect(await treeSnapshot(root, [out])).toEqual(before);
  });

  it('pipeline that fails leaves no folder of its own making behind', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'c'));
    await writeFile(join(root, 'c', 'README.md'), 'no assessments here');
    const before = await treeSnapshot(root);
    const { code, stderr } = await runCli(['pipeline', join(root, 'c'), '--out', join(root, 'out')]);
    expect(code).toBe(2);
    expect(stderr).toContain('no assessment files');
    expect(await treeSnapshot(root)).toEqual(before);
  });
});

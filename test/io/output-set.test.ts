import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { MANIFEST_NAME } from '../../src/io/output-manifest.js';
import { writeOutputSet } from '../../src/io/output-set.js';
import { isOwnTemp, tempName } from '../../src/io/temp-name.js';
import { tempDir } from '../helpers/cli.js';
import { treeSnapshot } from '../helpers/tree-snapshot.js';

const manifestOf = async (dir: string) =>
  (JSON.parse(await readFile(join(dir, MANIFEST_NAME), 'utf8')) as { files: string[] }).files;

describe('writeFileAtomic refuses what is not a regular file', () => {
  it('refuses a symlink target with and without force, and leaves the link and its target alone', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'elsewhere.json'), 'precious');
    await symlink(join(dir, 'elsewhere.json'), join(dir, 'out.json'));
    for (const force of [false, true]) {
      await expect(writeFileAtomic(join(dir, 'out.json'), 'new', { force })).rejects.toMatchObject({
        problem: 'symlink',
        exitCode: 5,
      });
    }
    expect(await readFile(join(dir, 'elsewhere.json'), 'utf8')).toBe('precious');
    expect((await readdir(dir)).sort()).toEqual(['elsewhere.json', 'out.json']);
  });

  it('refuses a FIFO target even with force (it stays a FIFO)', async () => {
    const dir = await tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    await expect(writeFileAtomic(join(dir, 'pipe.json'), 'new', { force: true })).rejects.toMatchObject({
      problem: 'not-a-regular-file',
    });
    expect(await treeSnapshot(dir)).toEqual({ 'pipe.json': 'fifo' });
  });

  it('writes a file whose name is as long as a name can be (the temporary name is short)', async () => {
    const dir = await tempDir();
    const name = `${'a'.repeat(250)}.json`;
    await writeFileAtomic(join(dir, name), '{}\n');
    expect(await readdir(dir)).toEqual([name]);
  });

  it("names its temporaries so that they can be told apart from a user's files", () => {
    expect(isOwnTemp(tempName())).toBe(true);
    expect(tempName().length).toBe('.readiness-'.length + 12 + '.tmp'.length);
    expect(isOwnTemp('.indicators.csv.0123456789ab.tmp')).toBe(true);
    expect(isOwnTemp('notes.tmp')).toBe(false);
    expect(isOwnTemp('.readiness-manifest.json')).toBe(false);
  });
});

describe('writeOutputSet', () => {
  it('records what it wrote; a forced rerun removes only the files of the previous run', async () => {
    const out = join(await tempDir(), 'out');
    await writeOutputSet(
      out,
      [
        { path: 'a.md', data: 'A' },
        { path: 'charts/old.png', data: 'old' },
      ],
      { force: false },
    );
    expect(await manifestOf(out)).toEqual(['a.md', 'charts/old.png']);
    await writeFile(join(out, 'charts', 'logo.png'), "the user's");
    await writeOutputSet(
      out,
      [
        { path: 'a.md', data: 'A2' },
        { path: 'charts/new.png', data: 'new' },
      ],
      { force: true },
    );
    expect((await readdir(join(out, 'charts'))).sort()).toEqual(['logo.png', 'new.png']);
    expect(await readFile(join(out, 'a.md'), 'utf8')).toBe('A2');
    expect(await manifestOf(out)).toEqual(['a.md', 'charts/new.png']);
  });

  it('never writes through a symlinked folder, and removes nothing outside out', async () => {
    const root = await tempDir();
    const out = join(root, 'out');
    await writeOutputSet(out, [{ path: 'charts/x.png', data: 'x' }], { force: false });
    await mkdir(join(root, 'elsewhere'));
    await writeFile(join(root, 'elsewhere', 'x.png'), 'not ours');
    await rm(join(out, 'charts'), { recursive: true });
    await symlink(join(root, 'elsewhere'), join(out, 'charts'));
    const before = await treeSnapshot(root);
    await expect(writeOutputSet(out, [{ path: 'charts/y.png', data: 'y' }], { force: true })).rejects.toMatchObject({
      problem: 'symlink',
    });
    expect(await treeSnapshot(root)).toEqual(before);
  });

  it('ignores manifest entries that leave the folder', async () => {
    const root = await tempDir();
    const out = join(root, 'out');
    await mkdir(out);
    await writeFile(join(root, 'victim.txt'), 'keep');
    await writeFile(
      join(out, MANIFEST_NAME),
      JSON.stringify({ tool: 'readiness', kind: 'report', files: ['../victim.txt', '/etc/hostname'] }),
    );
    await writeOutputSet(out, [{ path: 'a.md', data: 'A' }], { force: true });
    expect(await readFile(join(root, 'victim.txt'), 'utf8')).toBe('keep');
  });

  it("takes no list from the manifest of another kind of run (a pipeline's), nor from one that is not JSON", async () => {
    const out = join(await tempDir(), 'out');
    await mkdir(out);
    await writeFile(join(out, 'scores.csv'), "the pipeline's");
    await writeFile(join(out, 'x.md'), 'x');
    await writeFile(
      join(out, MANIFEST_NAME),
      JSON.stringify({ tool: 'readiness', kind: 'pipeline', files: ['scores.csv'] }),
    );
    await writeOutputSet(out, [{ path: 'a.md', data: 'A' }], { force: true });
    expect(await readFile(join(out, 'scores.csv'), 'utf8')).toBe("the pipeline's");
    await writeFile(join(out, MANIFEST_NAME), '{ not json');
    await writeOutputSet(out, [{ path: 'b.md', data: 'B' }], { force: true });
    expect((await readdir(out)).sort()).toEqual([MANIFEST_NAME, 'a.md', 'b.md', 'scores.csv', 'x.md']);
  });

  it('a run that fails while writing leaves the earlier set whole, and no temporary behind', async () => {
    const out = join(await tempDir(), 'out');
    await writeOutputSet(
      out,
      [
        { path: 'index.html', data: 'old' },
        { path: 'charts/a.png', data: 'old a' },
      ],
      { force: false },
    );
    const before = await treeSnapshot(out);
    // the second file of the same name fails its write (as a full disk or a kill would, half-way)
    const failing = [
      { path: 'index.html', data: 'new' },
      { path: 'charts/b.png', data: 'new b' },
      { path: 'charts/b.png', data: 'again' },
    ];
    await expect(writeOutputSet(out, failing, { force: true })).rejects.toMatchObject({ problem: 'unwritable' });
    expect(await treeSnapshot(out)).toEqual(before);
  });

  it('removes the temporaries an interrupted run left (its own names only)', async () => {
    const out = join(await tempDir(), 'out');
    await mkdir(join(out, 'charts'), { recursive: true });
    await writeFile(join(out, '.indicators.csv.0123456789ab.tmp'), 'half');
    await mkdir(join(out, '.readiness-0123456789ab.tmp'));
    await writeFile(join(out, '.readiness-0123456789ab.tmp', 'index.html'), 'half');
    await writeFile(join(out, 'charts', '.readiness-ba9876543210.tmp'), 'half');
    await writeFile(join(out, 'my.tmp'), "the user's");
    await writeOutputSet(out, [{ path: 'charts/c.png', data: 'c' }], { force: true });
    expect((await readdir(out)).sort()).toEqual([MANIFEST_NAME, 'charts', 'my.tmp']);
    expect(await readdir(join(out, 'charts'))).toEqual(['c.png']);
  });
});

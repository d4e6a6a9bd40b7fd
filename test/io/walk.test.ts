import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkFiles } from '../../src/io/walk.js';
import { tempDir } from '../helpers/cli.js';

async function collect(gen: AsyncGenerator<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const p of gen) out.push(p);
  return out;
}

describe('walkFiles', () => {
  it('walks folders recursively in a stable order and survives a symlink loop', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'b', 'c'), { recursive: true });
    await writeFile(join(dir, 'b', 'c', '2.json'), '{}');
    await writeFile(join(dir, 'a.json'), '{}');
    await writeFile(join(dir, '.hidden.json'), '{}');
    await symlink(dir, join(dir, 'b', 'c', 'loop'));
    const files = await collect(walkFiles([dir]));
    expect(files).toEqual([join(dir, 'a.json'), join(dir, 'b', 'c', '2.json')]);
  });

  it('filters files found in folders with accept', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.json'), '{}');
    await writeFile(join(dir, 'b.txt'), 'x');
    expect(await collect(walkFiles([dir], { accept: (p) => p.endsWith('.json') }))).toEqual([join(dir, 'a.json')]);
  });

  it('refuses a named path that does not exist', async () => {
    await expect(collect(walkFiles(['/no/such/place']))).rejects.toMatchObject({ problem: 'missing' });
  });

  it('tells of a FIFO found in a folder (onProblem) and goes on; without onProblem leaves it out', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.yaml'), 'a: 1');
    execFileSync('mkfifo', [join(dir, 'b.yaml')]);
    execFileSync('mkfifo', [join(dir, 'c.txt')]);
    await writeFile(join(dir, 'd.yaml'), 'd: 1');
    const problems: string[] = [];
    const accept = (p: string) => p.endsWith('.yaml');
    const files = await collect(
      walkFiles([dir], { accept, onProblem: (e) => problems.push(e.describe().split('\n')[0]!) }),
    );
    expect(files).toEqual([join(dir, 'a.yaml'), join(dir, 'd.yaml')]);
    expect(problems).toEqual([`${join(dir, 'b.yaml')}: is not a regular file (a FIFO or pipe)`]);
    expect(await collect(walkFiles([dir], { accept }))).toEqual([join(dir, 'a.yaml'), join(dir, 'd.yaml')]);
  });

  it('refuses a named FIFO or device instead of yielding it', async () => {
    const dir = await tempDir();
    execFileSync('mkfifo', [join(dir, 'p')]);
    await expect(collect(walkFiles([join(dir, 'p')]))).rejects.toMatchObject({ problem: 'not-a-regular-file' });
    await expect(collect(walkFiles(['/dev/null']))).rejects.toMatchObject({
      problem: 'not-a-regular-file',
      message: 'is not a regular file (a character device)',
    });
  });
});

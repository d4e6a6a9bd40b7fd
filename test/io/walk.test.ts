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
});

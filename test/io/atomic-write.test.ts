import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError } from '../../src/errors/output-error.js';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { prepareOutputDir } from '../../src/io/output-dir.js';
import { tempDir } from '../helpers/cli.js';

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file behind', async () => {
    const dir = await tempDir();
    await writeFileAtomic(join(dir, 'sub', 'out.json'), '{"a":1}\n');
    expect(await readFile(join(dir, 'sub', 'out.json'), 'utf8')).toBe('{"a":1}\n');
    expect(await readdir(join(dir, 'sub'))).toEqual(['out.json']);
  });

  it('refuses to overwrite without force, and keeps the old content', async () => {
    const dir = await tempDir();
    const path = join(dir, 'out.json');
    await writeFile(path, 'old');
    const error = await writeFileAtomic(path, 'new').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).problem).toBe('exists');
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it('overwrites with force', async () => {
    const dir = await tempDir();
    const path = join(dir, 'out.json');
    await writeFile(path, 'old');
    await writeFileAtomic(path, 'new', { force: true });
    expect(await readFile(path, 'utf8')).toBe('new');
  });
});

describe('prepareOutputDir', () => {
  it('refuses a path that is a file, and leaves the file alone', async () => {
    const dir = await tempDir();
    const path = join(dir, 'report');
    await writeFile(path, 'precious');
    await expect(prepareOutputDir(path)).rejects.toMatchObject({ problem: 'not-a-directory' });
    expect(await readFile(path, 'utf8')).toBe('precious');
  });

  it('refuses a non-empty folder unless forced', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'x'), '1');
    await expect(prepareOutputDir(dir)).rejects.toMatchObject({ problem: 'not-empty' });
    await expect(prepareOutputDir(dir, { force: true })).resolves.toBeUndefined();
  });
});

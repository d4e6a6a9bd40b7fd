import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputFileError } from '../../src/errors/input-file-error.js';
import { readTextFile } from '../../src/io/text-file.js';
import { tempDir } from '../helpers/cli.js';

describe('readTextFile', () => {
  it('reads UTF-8 text and drops a byte-order mark', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.yaml'), '\ufeffkey: Zürich\n');
    expect((await readTextFile(join(dir, 'a.yaml'))).text).toBe('key: Zürich\n');
  });

  it.each([
    ['missing', async (dir: string) => join(dir, 'nope.yaml')],
    [
      'directory',
      async (dir: string) => {
        await mkdir(join(dir, 'sub'));
        return join(dir, 'sub');
      },
    ],
    [
      'empty',
      async (dir: string) => {
        await writeFile(join(dir, 'e.yaml'), '');
        return join(dir, 'e.yaml');
      },
    ],
    [
      'empty',
      async (dir: string) => {
        await writeFile(join(dir, 'w.yaml'), ' \n\n');
        return join(dir, 'w.yaml');
      },
    ],
    [
      'binary',
      async (dir: string) => {
        await writeFile(join(dir, 'b.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
        return join(dir, 'b.yaml');
      },
    ],
    [
      'binary',
      async (dir: string) => {
        await writeFile(join(dir, 'l.yaml'), Buffer.from([0x61, 0xff, 0xfe, 0x62]));
        return join(dir, 'l.yaml');
      },
    ],
  ])('refuses a %s input with a typed error', async (problem, make) => {
    const path = await make(await tempDir());
    const error = await readTextFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputFileError);
    expect((error as InputFileError).problem).toBe(problem);
    expect((error as InputFileError).describe()).toContain(path);
  });
});

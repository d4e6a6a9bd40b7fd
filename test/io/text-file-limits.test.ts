import { execFileSync } from 'node:child_process';
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputFileError } from '../../src/errors/input-file-error.js';
import { MAX_TEXT_FILE_BYTES } from '../../src/io/input-limits.js';
import { readTextFile } from '../../src/io/text-file.js';
import { tempDir } from '../helpers/cli.js';

const failure = (path: string, options = {}) =>
  readTextFile(path, options).then(
    () => undefined,
    (e: unknown) => e as InputFileError,
  );

describe('readTextFile limits and file kinds', () => {
  it('refuses a file over the limit before reading it (its size)', async () => {
    const path = join(await tempDir(), 'big.yaml');
    await writeFile(path, '');
    await truncate(path, MAX_TEXT_FILE_BYTES + 1); // sparse: no disk used
    const error = await failure(path);
    expect(error).toBeInstanceOf(InputFileError);
    expect(error?.problem).toBe('too-large');
    expect(error?.describe()).toContain(
      `${path}: is larger than readiness reads for a file of this kind (${MAX_TEXT_FILE_BYTES + 1} bytes, the limit is 16 MiB)`,
    );
  });

  it('reads a file at the limit', async () => {
    const path = join(await tempDir(), 'a.yaml');
    await writeFile(path, 'a: 1\n');
    expect((await readTextFile(path, { maxBytes: 5 })).text).toBe('a: 1\n');
    expect((await failure(path, { maxBytes: 4 }))?.problem).toBe('too-large');
  });

  it('stops reading a file that is larger than its size said (a file in /proc says 0 bytes)', async () => {
    const error = await failure('/proc/self/maps', { maxBytes: 100 });
    expect(error?.problem).toBe('too-large');
    expect(error?.message).toContain('grew past the limit of 100 bytes while being read');
  });

  it('refuses a device without reading it', async () => {
    const error = await failure('/dev/zero');
    expect(error?.problem).toBe('not-a-regular-file');
    expect(error?.message).toBe('is not a regular file (a character device)');
  });

  it('refuses a FIFO without opening it (opening would wait for a writer forever)', async () => {
    const path = join(await tempDir(), 'fifo.yaml');
    execFileSync('mkfifo', [path]);
    const error = await failure(path);
    expect(error?.problem).toBe('not-a-regular-file');
    expect(error?.message).toContain('a FIFO or pipe');
    expect(error?.hint).toContain('<(...)');
  });

  it('says that stdin is not read when named as -', async () => {
    const error = await failure('-');
    expect(error?.problem).toBe('not-a-regular-file');
    expect(error?.message).toContain('standard input is not read');
  });
});

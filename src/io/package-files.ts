import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { BrokenPackageError } from '../errors/broken-package-error.js';
import { MAX_PACKAGE_BYTES, MAX_PACKAGE_ENTRIES } from './package-limits.js';
import { tarEntries, TooManyEntries, type TarEntry } from './tar-entries.js';

/**
 * What an `--ig` path holds, read within the package limits: the JSON files below a folder or
 * inside an npm-format tarball (`package/...`), or the bytes of one file. The FHIR definitions
 * reader (src/validation/fhir/definitions/read-definition-package.ts) makes a package of it.
 */
export type PackageFiles = { kind: 'folder' | 'tarball'; files: TarEntry[] } | { kind: 'file'; bytes: Buffer };

async function readFolder(dir: string, base: string, into: TarEntry[], depth: number, total = { bytes: 0 }) {
  if (depth > 8) return;
  for (const name of (await readdir(dir)).sort()) {
    const full = join(dir, name);
    const info = await stat(full);
    if (info.isDirectory()) await readFolder(full, base, into, depth + 1, total);
    else if (name.endsWith('.json') && info.isFile()) {
      total.bytes += info.size;
      if (into.length >= MAX_PACKAGE_ENTRIES || total.bytes > MAX_PACKAGE_BYTES) throw tooBig(base);
      into.push({ name: relative(base, full).split('\\').join('/'), data: await readFile(full) });
    }
  }
}

function tooBig(path: string): BrokenPackageError {
  return new BrokenPackageError(
    path,
    `holds more than ${MAX_PACKAGE_BYTES / 2 ** 20} MB or ${MAX_PACKAGE_ENTRIES.toLocaleString('en')} files once unpacked (the limits of a definitions package)`,
    'check that this is a FHIR package (a decompression bomb?); load only the package you need',
  );
}

/**
 * Reads one `--ig` argument: a folder, a gzip-compressed tarball, or a file.
 * @throws BrokenPackageError for a missing path, a package past the limits, corrupt gzip or tar data.
 */
export async function readPackageFiles(path: string): Promise<PackageFiles> {
  const info = await stat(path).catch((cause: unknown) => {
    throw new BrokenPackageError(path, 'not found', 'check the path given with --ig', cause);
  });
  if (info.isDirectory()) {
    const files: TarEntry[] = [];
    await readFolder(path, path, files, 0);
    return { kind: 'folder', files };
  }
  if (info.size > MAX_PACKAGE_BYTES) throw tooBig(path);
  const bytes = await readFile(path);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    let tar: Buffer;
    try {
      // Decompression stops at the limit: a tarball bomb costs at most MAX_PACKAGE_BYTES.
      tar = gunzipSync(bytes, { maxOutputLength: MAX_PACKAGE_BYTES });
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig(path);
      throw new BrokenPackageError(
        path,
        'corrupt gzip data',
        'download the package again (npm pack NAME@VERSION)',
        cause,
      );
    }
    try {
      return { kind: 'tarball', files: tarEntries(tar, MAX_PACKAGE_ENTRIES) };
    } catch (cause) {
      if (cause instanceof TooManyEntries) throw tooBig(path);
      throw new BrokenPackageError(
        path,
        `not a valid tar archive (${(cause as Error).message})`,
        'download the package again (npm pack NAME@VERSION)',
        cause,
      );
    }
  }
  if (path.endsWith('.tgz') || path.endsWith('.gz'))
    throw new BrokenPackageError(
      path,
      'not a gzip file',
      'a FHIR package is a gzip-compressed tarball (npm pack NAME@VERSION)',
    );
  return { kind: 'file', bytes };
}

/** Reads a gzip-compressed JSON file shipped with the tool (`standards/fhir/<name>.json.gz`). */
export async function readShippedGzipJson(file: string): Promise<unknown> {
  return JSON.parse(gunzipSync(await readFile(file)).toString('utf8'));
}

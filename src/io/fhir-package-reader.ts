import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { BrokenPackageError } from '../validation/fhir/definitions/broken-package-error.js';
import type { ConformanceResource } from '../validation/fhir/definitions/conformance-resources.js';
import type { DefinitionPackage } from '../validation/fhir/definitions/definition-package.js';
import { MAX_PACKAGE_BYTES, MAX_PACKAGE_ENTRIES } from '../validation/fhir/definitions/package-limits.js';
import { tarEntries, TooManyEntries } from '../validation/fhir/definitions/tar-entries.js';

// Questionnaires and Measures are loaded too: QuestionnaireResponses and MeasureReports are checked against them.
const CONFORMANCE_TYPES = new Set(['StructureDefinition', 'ValueSet', 'CodeSystem', 'Questionnaire', 'Measure']);

function parseJson(path: string, name: string, bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new BrokenPackageError(
      path,
      `invalid JSON in ${name}: ${(cause as Error).message}`,
      'repair or remove that file, or rebuild the package with the IG publisher',
      cause,
    );
  }
}

/** Keeps the conformance resources of a parsed file (a Bundle's entries included). */
function conformanceResources(json: unknown, into: ConformanceResource[]): void {
  if (!json || typeof json !== 'object') return;
  const r = json as { resourceType?: unknown; entry?: { resource?: unknown }[]; url?: unknown };
  if (r.resourceType === 'Bundle' && Array.isArray(r.entry)) {
    for (const e of r.entry) conformanceResources(e?.resource, into);
  } else if (typeof r.resourceType === 'string' && CONFORMANCE_TYPES.has(r.resourceType) && typeof r.url === 'string') {
    into.push(json as ConformanceResource);
  }
}

interface Manifest {
  name?: unknown;
  version?: unknown;
  canonical?: unknown;
}

function fromFiles(path: string, files: { name: string; data: Buffer }[]): DefinitionPackage {
  const manifestFile = files.find((f) => f.name === 'package/package.json');
  if (!manifestFile) {
    throw new BrokenPackageError(
      path,
      'no package/package.json inside',
      'a FHIR package is an npm-format tarball with its files under package/; pass loose StructureDefinition/ValueSet/CodeSystem JSON as a folder instead',
    );
  }
  const manifest = parseJson(path, 'package/package.json', manifestFile.data) as Manifest;
  if (typeof manifest?.name !== 'string' || typeof manifest.version !== 'string') {
    throw new BrokenPackageError(
      path,
      'package/package.json has no name or version',
      'add "name" and "version" to package/package.json',
    );
  }
  const resources: ConformanceResource[] = [];
  for (const f of files) {
    const inPackage =
      /^package\/[^/]+\.json$/.test(f.name) &&
      !/\/(package|\.index)\.json$/.test(f.name) &&
      !f.name.endsWith('.index.json');
    if (inPackage) conformanceResources(parseJson(path, f.name, f.data), resources);
  }
  return {
    name: manifest.name,
    version: manifest.version,
    canonical: typeof manifest.canonical === 'string' ? manifest.canonical : undefined,
    origin: path,
    resources,
  };
}

async function readFolder(
  dir: string,
  base: string,
  into: { name: string; data: Buffer }[],
  depth: number,
  total = { bytes: 0 },
): Promise<void> {
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
 * Reads one `--ig` argument: an npm-format FHIR package (`.tgz`), a folder holding
 * `package/package.json`, or loose conformance resources (a JSON file, or a folder of them).
 * Every problem is a {@link BrokenPackageError} saying what, where and how to fix it.
 */
export async function readDefinitionPackage(path: string): Promise<DefinitionPackage> {
  const info = await stat(path).catch((cause: unknown) => {
    throw new BrokenPackageError(path, 'not found', 'check the path given with --ig', cause);
  });
  if (info.isDirectory()) {
    const files: { name: string; data: Buffer }[] = [];
    await readFolder(path, path, files, 0);
    if (files.some((f) => f.name === 'package/package.json')) return fromFiles(path, files);
    const resources: ConformanceResource[] = [];
    for (const f of files) conformanceResources(parseJson(path, f.name, f.data), resources);
    if (resources.length === 0)
      throw new BrokenPackageError(
        path,
        'no StructureDefinition, ValueSet or CodeSystem JSON found',
        'name a FHIR package (.tgz) or a folder of conformance resources (JSON)',
      );
    return { name: path, version: 'local', origin: path, resources };
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
    let files;
    try {
      files = tarEntries(tar, MAX_PACKAGE_ENTRIES);
    } catch (cause) {
      if (cause instanceof TooManyEntries) throw tooBig(path);
      throw new BrokenPackageError(
        path,
        `not a valid tar archive (${(cause as Error).message})`,
        'download the package again (npm pack NAME@VERSION)',
        cause,
      );
    }
    return fromFiles(path, files);
  }
  if (path.endsWith('.tgz') || path.endsWith('.gz'))
    throw new BrokenPackageError(
      path,
      'not a gzip file',
      'a FHIR package is a gzip-compressed tarball (npm pack NAME@VERSION)',
    );
  const resources: ConformanceResource[] = [];
  conformanceResources(parseJson(path, path, bytes), resources);
  if (resources.length === 0)
    throw new BrokenPackageError(
      path,
      'holds no StructureDefinition, ValueSet or CodeSystem',
      'name a conformance resource JSON file, a folder of them, or a FHIR package (.tgz)',
    );
  return { name: path, version: 'local', origin: path, resources };
}

/** Reads a shipped compact package (`standards/fhir/<name>.json.gz`). */
export async function readShippedPackage(file: string): Promise<DefinitionPackage> {
  const json = JSON.parse(gunzipSync(await readFile(file)).toString('utf8')) as Omit<DefinitionPackage, 'origin'>;
  return { ...json, origin: 'shipped' };
}

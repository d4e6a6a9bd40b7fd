import { BrokenPackageError } from '../../../errors/broken-package-error.js';
import { readPackageFiles } from '../../../io/package-files.js';
import type { ConformanceResource } from './conformance-resources.js';
import type { DefinitionPackage } from './definition-package.js';

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

/**
 * Reads one `--ig` argument: an npm-format FHIR package (`.tgz`), a folder holding
 * `package/package.json`, or loose conformance resources (a JSON file, or a folder of them).
 * Every problem is a {@link BrokenPackageError} saying what, where and how to fix it.
 */
export async function readDefinitionPackage(path: string): Promise<DefinitionPackage> {
  const read = await readPackageFiles(path);
  if (read.kind === 'tarball' || (read.kind === 'folder' && read.files.some((f) => f.name === 'package/package.json')))
    return fromFiles(path, read.files);
  const resources: ConformanceResource[] = [];
  if (read.kind === 'file') conformanceResources(parseJson(path, path, read.bytes), resources);
  else for (const f of read.files) conformanceResources(parseJson(path, f.name, f.data), resources);
  if (resources.length === 0)
    throw read.kind === 'folder'
      ? new BrokenPackageError(
          path,
          'no StructureDefinition, ValueSet or CodeSystem JSON found',
          'name a FHIR package (.tgz) or a folder of conformance resources (JSON)',
        )
      : new BrokenPackageError(
          path,
          'holds no StructureDefinition, ValueSet or CodeSystem',
          'name a conformance resource JSON file, a folder of them, or a FHIR package (.tgz)',
        );
  return { name: path, version: 'local', origin: path, resources };
}

import { lstat, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { OutputError } from '../../errors/output-error.js';
import type { FindingsFormat } from './findings-format.js';

/**
 * `pipeline --findings DIR`, checked before any work: an existing folder, or nothing yet (made by
 * {@link makeFindingsDir}); never a symbolic link or a file.
 */
export async function checkFindingsDir(dir: string): Promise<void> {
  const info = await lstat(dir).catch(() => undefined);
  if (info?.isSymbolicLink()) throw new OutputError(dir, 'symlink');
  if (info && !info.isDirectory()) throw new OutputError(dir, 'not-a-directory');
}

/** Makes the findings folder if missing (with its parents: it may lie in the --out folder made just before). */
export async function makeFindingsDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true }).catch((cause: unknown) => {
    throw new OutputError(dir, 'unwritable', cause);
  });
  if (!(await lstat(dir)).isDirectory()) throw new OutputError(dir, 'not-a-directory');
}

/** One export's findings file: `<dir>/<subject>-<kind>.ndjson` (`.outcomes.ndjson` for OperationOutcomes). */
export function findingsFileFor(dir: string, subject: string, kind: 'fhir' | 'dicom', format?: FindingsFormat): string {
  const suffix = kind === 'fhir' && format === 'operationoutcome' ? 'outcomes.ndjson' : 'ndjson';
  return join(dir, `${subject}-${kind}.${suffix}`);
}

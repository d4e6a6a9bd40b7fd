import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { isInsidePath } from './inside-out.js';
import { readTextFile } from './text-file.js';

/** The file in an output folder that lists what readiness wrote there (hidden, so no input walk takes it). */
export const MANIFEST_NAME = '.readiness-manifest.json';

/** The largest manifest read: far above the files of any report. */
const MAX_MANIFEST_BYTES = 4 * 2 ** 20;

/** What wrote an output folder: a report (`readiness report`, `<out>/report/` of a pipeline) or a pipeline. */
export type OutputKind = 'report' | 'pipeline';

/** The manifest's content: the files a run wrote, relative to the folder, `/`-separated, sorted. */
export function manifestText(kind: OutputKind, files: Iterable<string>): string {
  const sorted = [...new Set(files)].sort();
  const about = 'files written here by readiness: a run with --force replaces or removes these, and no other file';
  return `${JSON.stringify({ tool: 'readiness', kind, about, files: sorted }, null, 2)}\n`;
}

/**
 * The files an earlier run recorded in `dir`'s manifest; none when there is no manifest, or it is
 * not one (unreadable, not JSON, too large), or was written by another kind of run. Entries that would leave the folder (`..`, absolute)
 * are dropped: a manifest is input like any other.
 */
export async function readManifest(dir: string, kind: OutputKind): Promise<string[]> {
  const path = join(dir, MANIFEST_NAME);
  if (!(await lstat(path).catch(() => undefined))?.isFile()) return [];
  const text = await readTextFile(path, { maxBytes: MAX_MANIFEST_BYTES }).then(
    (file) => file.text,
    () => undefined,
  );
  if (text === undefined) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof value !== 'object' || value === null || (value as { kind?: unknown }).kind !== kind) return [];
  const files = (value as { files?: unknown }).files;
  if (!Array.isArray(files)) return [];
  return files.filter((f): f is string => typeof f === 'string' && isInsidePath(f) && f !== MANIFEST_NAME);
}

import { randomBytes } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The name of a temporary file or folder of readiness: short and of fixed length (`.readiness-` and
 * 12 hex digits, then `.tmp`), so that it fits wherever the final name fits, whatever that is.
 */
export function tempName(): string {
  return `.readiness-${randomBytes(6).toString('hex')}.tmp`;
}

/** Names readiness gives its temporaries: {@link tempName}'s, and the `.<name>.<12 hex>.tmp` of earlier versions. */
const OWN_TEMP = /^\.(readiness-[0-9a-f]{12}|.+\.[0-9a-f]{12})\.tmp$/;

/** True for a name that readiness gives its temporary files and folders. */
export function isOwnTemp(name: string): boolean {
  return OWN_TEMP.test(name);
}

/**
 * Removes the temporaries that an interrupted run (killed during a write) left in `dir`: only
 * names of readiness's own temporaries, nothing else. Returns the paths removed. A folder that
 * cannot be listed has none to remove.
 */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const removed: string[] = [];
  for (const entry of entries) {
    if (!isOwnTemp(entry.name) || entry.isSymbolicLink()) continue;
    if (!entry.isFile() && !entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    await rm(path, { recursive: true, force: true });
    removed.push(path);
  }
  return removed.sort();
}

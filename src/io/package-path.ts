import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The installed package's root folder (where `questionnaires/` and `standards/` live). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A path inside the installed package, e.g. `packagePath('standards', 'dicom', 'dictionary.json')`. */
export function packagePath(...segments: string[]): string {
  return join(PACKAGE_ROOT, ...segments);
}

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Debian's python3-pydicom test files (real files written by other software), when installed. */
export const PYDICOM_FILES = [
  '/usr/lib/python3/dist-packages/pydicom/data/test_files',
  '/usr/share/pydicom/test_files',
].find((d) => existsSync(join(d, 'CT_small.dcm')));

/** Title suffix saying why a real-file suite is skipped. */
export const PYDICOM_SKIP_NOTE = PYDICOM_FILES
  ? ''
  : ' (SKIPPED: python3-pydicom is not installed; apt-get install python3-pydicom)';

/** The .dcm files of the pydicom test folder, sorted. */
export function pydicomFiles(): string[] {
  return PYDICOM_FILES
    ? readdirSync(PYDICOM_FILES)
        .filter((f) => f.endsWith('.dcm'))
        .sort()
        .map((f) => join(PYDICOM_FILES!, f))
    : [];
}

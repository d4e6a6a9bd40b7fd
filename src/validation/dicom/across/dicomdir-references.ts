import type { Finding } from '../../finding.js';
import { redactValue } from '../../redact.js';
import { dicomDiagnostic } from '../rule-table.js';
import type { FileDigest } from './file-digest.js';

/** `a/b/./c` and `a\\b` -> `a/b/c`; compared without case, as File IDs are upper case (PS3.10 8.2) on any file system. */
export function fileKey(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p !== '' && p !== '.')
    .join('/')
    .toUpperCase();
}

export function dirOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i < 0 ? '' : path.slice(0, i);
}

/**
 * Checks that every file a DICOMDIR references (Referenced File ID, relative to the DICOMDIR's
 * folder) is among the files examined. A DICOMDIR whose files were not examined at all (none of
 * its references found, e.g. the DICOMDIR named alone) is not checked: that is a choice of inputs.
 * The missing File ID is shown only with `showValues`, otherwise as its length and a hash.
 */
export function checkDicomdirReferences(digests: readonly FileDigest[], showValues = false): Finding[] {
  const examined = new Set(digests.map((d) => fileKey(d.file)));
  const findings: Finding[] = [];
  for (const dir of digests) {
    if (!dir.references || dir.references.length === 0) continue;
    const base = dirOf(dir.file);
    const missing = dir.references.filter((r) => !examined.has(fileKey(`${base}/${r.fileId}`)));
    if (missing.length === dir.references.length) continue;
    for (const r of missing) {
      // a File ID is a value of the file: shown only when values were asked for
      const params = { fileId: showValues ? r.fileId : redactValue(r.fileId) };
      const location = { file: dir.file, tag: `(0004,1220)[${r.item}]/(0004,1500)`, offset: r.offset };
      findings.push(dicomDiagnostic('dicom.across.dicomdir-missing-file', location, params));
    }
  }
  return findings;
}

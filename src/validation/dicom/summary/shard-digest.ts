import { createHash } from 'node:crypto';
import type { Finding } from '../../finding.js';
import { redactValue } from '../../redact.js';
import type { ContentHashes } from '../across/content-hash.js';
import { dirOf, fileKey } from '../across/dicomdir-references.js';
import type { FileDigest } from '../across/file-digest.js';
import { dicomDiagnostic } from '../rule-table.js';

/**
 * Files whose digests a shard's summary carries, at most (about 1 KB each): past it the summary
 * says so and the merge runs the checks across files within each shard only.
 */
export const MAX_SHARD_DIGESTS = 25_000;

/**
 * What a file contributes to the checks across shards: its {@link FileDigest} with the UIDs, the
 * study-level values (unless --show-values) and the DICOMDIR File IDs as hashes, so equal stays
 * equal and no value is written.
 */
export interface ShardDigest {
  file: string;
  sop?: string;
  study?: string;
  series?: string;
  modality?: string;
  transferSyntax?: string;
  hashes?: ContentHashes;
  dicomdir: boolean;
  studyLevel: Record<string, string>;
  offsets: Record<string, number>;
  /** A DICOMDIR's references: the hash of the file each names, as shown in a finding, and where. */
  references?: { target: string; shown: string; item: number; offset: number }[];
}

/**
 * What a DICOM shard's summary adds for `readiness merge-summaries`, which takes out the shard's own
 * findings across files (`dicom.across.*`) and runs those checks again over every shard's digests.
 */
export interface DicomShardInfo {
  index: number;
  count: number;
  /** The files' digests in file order, or why they were not kept. */
  digests: ShardDigest[] | { omitted: string };
}

const hash = (value: string): string => createHash('sha256').update(value).digest('hex').slice(0, 20);

/** A file's digest as a shard's summary carries it. */
export function toShardDigest(d: FileDigest, modality: string | undefined, showValues: boolean): ShardDigest {
  const studyLevel: Record<string, string> = {};
  for (const [tag, value] of Object.entries(d.studyLevel)) studyLevel[tag] = showValues ? value : hash(value);
  const base = dirOf(d.file);
  return {
    file: d.file,
    ...(d.sopInstanceUid === undefined ? {} : { sop: hash(d.sopInstanceUid) }),
    ...(d.studyUid === undefined ? {} : { study: hash(d.studyUid) }),
    ...(d.seriesUid === undefined ? {} : { series: hash(d.seriesUid) }),
    ...(modality === undefined ? {} : { modality }),
    ...(d.transferSyntax === undefined ? {} : { transferSyntax: d.transferSyntax }),
    ...(d.hashes ? { hashes: d.hashes } : {}),
    dicomdir: d.dicomdir,
    studyLevel,
    offsets: d.offsets,
    ...(d.references
      ? {
          references: d.references.map((r) => ({
            target: hash(fileKey(`${base}/${r.fileId}`)),
            shown: showValues ? r.fileId : redactValue(r.fileId),
            item: r.item,
            offset: r.offset,
          })),
        }
      : {}),
  };
}

/** The digest the checks across files take (without the DICOMDIR references: see {@link dicomdirFindings}). */
export function fromShardDigest(d: ShardDigest): FileDigest {
  return {
    file: d.file,
    sopInstanceUid: d.sop,
    studyUid: d.study,
    seriesUid: d.series,
    modality: d.modality,
    transferSyntax: d.transferSyntax,
    ...(d.hashes ? { hashes: d.hashes } : {}),
    dicomdir: d.dicomdir,
    studyLevel: d.studyLevel,
    offsets: d.offsets,
  };
}

/** The DICOMDIR reference check (as `checkDicomdirReferences`) over digests whose File IDs are hashes. */
export function dicomdirFindings(all: readonly ShardDigest[]): Finding[] {
  const sorted = [...all].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const examined = new Set(sorted.map((d) => hash(fileKey(d.file))));
  const findings: Finding[] = [];
  for (const dir of sorted) {
    if (!dir.references || dir.references.length === 0) continue;
    const missing = dir.references.filter((r) => !examined.has(r.target));
    if (missing.length === dir.references.length) continue;
    for (const r of missing) {
      const location = { file: dir.file, tag: `(0004,1220)[${r.item}]/(0004,1500)`, offset: r.offset };
      findings.push(dicomDiagnostic('dicom.across.dicomdir-missing-file', location, { fileId: r.shown }));
    }
  }
  return findings;
}

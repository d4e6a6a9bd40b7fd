import { redactValue } from '../../redact.js';
import type { ParsedDicom } from '../model.js';
import { contentHashes, type ContentHashes } from './content-hash.js';

/** The Patient and Study attributes that must agree between the files of one study (PS3.3 C.7.1.1, C.7.2.1). */
export const STUDY_LEVEL_TAGS: Readonly<Record<string, string>> = {
  '00100010': "Patient's Name",
  '00100020': 'Patient ID',
  '00100030': "Patient's Birth Date",
  '00100040': "Patient's Sex",
  '00080020': 'Study Date',
  '00080030': 'Study Time',
  '00080050': 'Accession Number',
  '00080090': "Referring Physician's Name",
  '00200010': 'Study ID',
  '00081030': 'Study Description',
};

/** What one file contributes to the checks across files and to the summary: small, and cloneable to a worker's parent. */
export interface FileDigest {
  file: string;
  sopClassUid?: string;
  sopInstanceUid?: string;
  studyUid?: string;
  seriesUid?: string;
  modality?: string;
  transferSyntax?: string;
  /** Hashes of the dataset's content (not of its encoding): a duplicate SOP Instance UID is a copy or a conflict. */
  hashes?: ContentHashes;
  /** A DICOMDIR (Media Storage Directory Storage), not an instance of a study. */
  dicomdir: boolean;
  /** Study-level attribute values by tag (kept in memory for comparison, never written unless asked); a value over 256 characters as its length and hash. */
  studyLevel: Record<string, string>;
  /** Byte offsets of the elements above, by tag. */
  offsets: Record<string, number>;
  /** For a DICOMDIR: the files its directory records reference (Referenced File ID, `/`-joined), with where. */
  references?: { fileId: string; item: number; offset: number }[];
}

/** The Referenced File IDs (0004,1500) of a DICOMDIR's Directory Record Sequence (0004,1220), PS3.3 F.3.2.2. */
function referencesOf(parsed: ParsedDicom): FileDigest['references'] {
  const references: NonNullable<FileDigest['references']> = [];
  (parsed.dataset.elements.get('00041220')?.items ?? []).forEach((item, i) => {
    const id = item.elements.get('00041500');
    const parts = (id?.values ?? []).map((v) => String(v).trim()).filter((v) => v !== '');
    if (id && parts.length > 0) references.push({ fileId: parts.join('/'), item: i, offset: id.offset });
  });
  return references;
}

const DICOMDIR_SOP_CLASS = '1.2.840.10008.1.3.10';

/**
 * Study-level values are kept for every file until the checks across files: one longer than this
 * (longer than its VR allows: LO, SH and PN components are at most 64 characters) is kept as a
 * hash, so a hostile export of 64 KB values cannot grow the run's memory with its file count.
 */
const STUDY_VALUE_KEPT = 256;

function longValueKey(value: string): string {
  return `${redactValue(value)} (kept as a hash: longer than ${STUDY_VALUE_KEPT} characters)`;
}

/** Reduces a parsed file to its {@link FileDigest}. */
export function digestOf(parsed: ParsedDicom): FileDigest {
  const offsets: Record<string, number> = {};
  const text = (tag: string, meta = false): string | undefined => {
    const element = (meta ? parsed.meta : parsed.dataset).elements.get(tag);
    if (!element) return undefined;
    offsets[tag] = element.offset;
    const value = element.values?.map(String).join('\\').trim();
    return value === '' ? undefined : value;
  };
  const studyLevel: Record<string, string> = {};
  for (const tag of Object.keys(STUDY_LEVEL_TAGS)) {
    const value = text(tag);
    if (value !== undefined) studyLevel[tag] = value.length > STUDY_VALUE_KEPT ? longValueKey(value) : value;
  }
  const sopClassUid = text('00080016') ?? text('00020002', true);
  const dicomdir =
    sopClassUid === DICOMDIR_SOP_CLASS || parsed.file.replace(/^.*[\\/]/, '').toUpperCase() === 'DICOMDIR';
  return {
    file: parsed.file,
    sopClassUid,
    sopInstanceUid: text('00080018'),
    studyUid: text('0020000D'),
    seriesUid: text('0020000E'),
    modality: text('00080060'),
    transferSyntax: parsed.transferSyntax || undefined,
    ...(dicomdir ? {} : { hashes: contentHashes(parsed.dataset) }),
    dicomdir,
    studyLevel,
    offsets,
    ...(dicomdir ? { references: referencesOf(parsed) } : {}),
  };
}

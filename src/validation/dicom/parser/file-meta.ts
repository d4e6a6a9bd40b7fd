import type { Finding } from '../../finding.js';
import type { DicomDataset } from '../model.js';
import type { DicomStandard } from '../standard/dicom-standard.js';
import type { ByteSource } from '../../../io/random-access-file.js';
import { DEFAULT_CHARSET } from './charset.js';
import { readDataset } from './dataset-reader.js';
import { parseFinding } from './parse-finding.js';
import { DEFAULT_READ_LIMITS, type ReadState } from './read-state.js';
import { looksLikeVr } from './vr.js';

/** The start of a file: preamble, File Meta Information, and where the dataset begins. */
export interface FileHeader {
  part10: boolean;
  meta: DicomDataset;
  /** Offset of the first dataset element. */
  datasetStart: number;
  /** Transfer Syntax UID from the meta header, if any. */
  transferSyntax?: string;
  fatal: boolean;
}

function hasDicmPrefix(src: ByteSource): boolean {
  return src.size >= 132 && src.bytes(128, 4).toString('latin1') === 'DICM';
}

function startsWithMetaGroup(src: ByteSource, pos: number): boolean {
  return pos + 8 <= src.size && src.bytes(pos, 2).readUInt16LE(0) === 0x0002;
}

/**
 * Reads the preamble and File Meta Information (PS3.10 7.1). Meta elements are explicit VR
 * little endian; a meta header in implicit VR is read all the same and reported.
 */
export function readFileHeader(
  src: ByteSource,
  file: string,
  standard: DicomStandard,
  findings: Finding[],
): FileHeader {
  const part10 = hasDicmPrefix(src);
  const pos = part10 ? 132 : 0;
  const empty: DicomDataset = { elements: new Map() };
  if (!startsWithMetaGroup(src, pos)) {
    if (part10) findings.push(parseFinding('dicom.meta.missing', file, pos));
    return { part10, meta: empty, datasetStart: pos, fatal: false };
  }
  const head = src.bytes(pos, 6);
  const explicit = looksLikeVr(head[4]!, head[5]!);
  if (!explicit) findings.push(parseFinding('dicom.meta.not-explicit-le', file, pos));
  const st: ReadState = {
    src,
    standard,
    file,
    explicit,
    little: true,
    stopAtPixelData: true,
    maxValueBytes: 1024,
    charset: DEFAULT_CHARSET,
    findings,
    stopped: false,
    fatal: false,
    base: 0,
    onlyGroup: 0x0002,
    limits: DEFAULT_READ_LIMITS,
    depth: 0,
    elements: 0,
    valueBytes: 0,
  };
  const read = readDataset(st, pos, src.size, '');
  const meta = read.dataset;
  const groupLength = meta.elements.get('00020000');
  const declared = groupLength?.values?.[0];
  if (typeof declared === 'number' && groupLength && !st.fatal) {
    const expectedEnd = groupLength.offset + 12 + declared;
    if (expectedEnd !== read.pos)
      findings.push(
        parseFinding('dicom.meta.group-length', file, groupLength.offset, {
          tag: '(0002,0000)',
          params: { declared, actual: read.pos - groupLength.offset - 12 },
        }),
      );
  }
  const ts = meta.elements.get('00020010')?.values?.[0];
  return {
    part10,
    meta,
    datasetStart: read.pos,
    transferSyntax: typeof ts === 'string' ? ts.trim() : undefined,
    fatal: st.fatal,
  };
}

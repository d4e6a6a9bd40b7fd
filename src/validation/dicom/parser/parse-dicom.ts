import type { Finding } from '../../finding.js';
import type { ParsedDicom } from '../model.js';
import type { DicomStandard } from '../standard/dicom-standard.js';
import { BufferSource, withFileSource, type ByteSource } from '../../../io/random-access-file.js';
import { inflateStream } from '../../../io/inflate-stream.js';
import { DEFAULT_CHARSET } from './charset.js';
import { readDataset } from './dataset-reader.js';
import { readFileHeader, type FileHeader } from './file-meta.js';
import { redactValue } from '../../redact.js';
import { isNamedTransferSyntax } from '../standard-values.js';
import { parseFinding } from './parse-finding.js';
import { DEFAULT_READ_LIMITS, type ReadLimits, type ReadState } from './read-state.js';
import { detectSyntax, findLateDatasetStart } from './syntax-detect.js';
import { syntaxFor, transferSyntaxInfo, type TransferSyntaxInfo } from './transfer-syntax.js';

/** How much of a file to read. */
export interface ParseOptions {
  /** Stop at the top-level Pixel Data element (default true): it is recorded, never read. */
  stopAtPixelData?: boolean;
  /** Values longer than this many bytes are skipped, not read (default 65536). */
  maxValueBytes?: number;
  /** At most this many inflated bytes are read from a deflated dataset (default 64 MB). */
  maxInflatedBytes?: number;
  /** Nesting depth, element count and decoded bytes past which reading stops (default {@link DEFAULT_READ_LIMITS}). */
  limits?: Partial<ReadLimits>;
}

/** What a parse that read nothing returns; its findings say why. */
export function emptyParse(file: string, size = 0): ParsedDicom {
  const empty = { elements: new Map() };
  return {
    file,
    size,
    part10: false,
    meta: empty,
    dataset: { elements: new Map() },
    transferSyntax: '',
    findings: [],
    incomplete: true,
  };
}

/** The declared UID as a finding may show it: a transfer syntax readiness names, else its length and hash. */
function declaredUid(uid: string): string {
  return isNamedTransferSyntax(uid) ? uid : redactValue(uid);
}

function describe(ts: { explicit: boolean; little: boolean }): string {
  return `${ts.explicit ? 'explicit' : 'implicit'} VR ${ts.little ? 'little' : 'big'} endian`;
}

/** Decides how the dataset is encoded: the meta header's word, checked against the bytes. */
function chooseSyntax(
  src: ByteSource,
  header: FileHeader,
  file: string,
  findings: Finding[],
): TransferSyntaxInfo | undefined {
  const at = header.datasetStart;
  const detected = detectSyntax(src, at);
  const declared = header.transferSyntax === undefined ? undefined : transferSyntaxInfo(header.transferSyntax);
  if (header.transferSyntax === undefined) {
    if (header.meta.elements.size > 0) findings.push(parseFinding('dicom.meta.no-transfer-syntax', file, at));
  } else if (!declared) {
    findings.push(
      parseFinding('dicom.meta.unknown-transfer-syntax', file, header.meta.elements.get('00020010')?.offset ?? at),
    );
  } else if (declared.deflated) {
    // An uncompressed dataset where a deflated one was announced starts with a plain group 0008 element.
    if (detected && at + 2 <= src.size && src.bytes(at, 2).readUInt16LE(0) === 0x0008) {
      findings.push(
        parseFinding('dicom.meta.transfer-syntax-mismatch', file, at, {
          params: { declared: declaredUid(declared.uid), detected: describe(detected) },
        }),
      );
      return syntaxFor(detected.explicit, detected.little);
    }
    return declared;
  } else if (!detected || (detected.explicit === declared.explicit && detected.little === declared.littleEndian)) {
    return declared;
  } else {
    findings.push(
      parseFinding('dicom.meta.transfer-syntax-mismatch', file, at, {
        params: { declared: declaredUid(declared.uid), detected: describe(detected) },
      }),
    );
    return { ...syntaxFor(detected.explicit, detected.little), encapsulated: declared.encapsulated };
  }
  return detected ? syntaxFor(detected.explicit, detected.little) : undefined;
}

async function parseSource(
  src: ByteSource,
  file: string,
  standard: DicomStandard,
  options: ParseOptions,
): Promise<ParsedDicom> {
  const result = emptyParse(file, src.size);
  const findings = result.findings;
  if (src.size === 0) {
    findings.push(parseFinding('dicom.parse.empty', file, 0));
    return result;
  }
  const header = readFileHeader(src, file, standard, findings);
  result.part10 = header.part10;
  result.meta = header.meta;
  if (header.fatal) return result;
  if (header.datasetStart >= src.size && header.meta.elements.size > 0) {
    findings.push(parseFinding('dicom.parse.truncated', file, header.datasetStart, { params: { noDataset: true } }));
    return result;
  }
  let syntax = chooseSyntax(src, header, file, findings);
  const late = !syntax && !header.part10 && header.meta.elements.size === 0 ? findLateDatasetStart(src) : undefined;
  if (late) {
    // a bare dataset after a few stray bytes (pydicom's no_meta.dcm starts with one): read from its first element
    findings.push(parseFinding('dicom.parse.leading-bytes', file, 0, { params: { bytes: late.pos } }));
    header.datasetStart = late.pos;
    syntax = syntaxFor(late.syntax.explicit, late.syntax.little);
  }
  if (!syntax) {
    findings.push(parseFinding('dicom.parse.not-dicom', file, header.datasetStart));
    return result;
  }
  if (!header.part10)
    findings.push(parseFinding('dicom.parse.no-preamble', file, 0, { params: { readAs: syntax.uid } }));
  result.transferSyntax = syntax.uid;
  let dataSrc = src;
  let start = header.datasetStart;
  let base = 0;
  if (syntax.deflated) {
    const inflated = await inflateStream(src, start, options.maxInflatedBytes ?? 64 * 1024 * 1024);
    if (!inflated.complete) findings.push(parseFinding('dicom.parse.deflate-limit', file, start));
    else if (inflated.error !== undefined) {
      // corrupt compressed data: what inflated before the damage is still read
      findings.push(parseFinding('dicom.parse.deflate', file, start));
      if (inflated.data.length === 0) return result;
    }
    dataSrc = new BufferSource(inflated.data);
    base = start;
    start = 0;
  }
  const st: ReadState = {
    src: dataSrc,
    standard,
    file,
    explicit: syntax.explicit,
    little: syntax.littleEndian,
    stopAtPixelData: options.stopAtPixelData ?? true,
    maxValueBytes: options.maxValueBytes ?? 65536,
    charset: DEFAULT_CHARSET,
    findings,
    stopped: false,
    fatal: false,
    base,
    limits: { ...DEFAULT_READ_LIMITS, ...options.limits },
    depth: 0,
    elements: 0,
    valueBytes: 0,
  };
  result.dataset = readDataset(st, start, dataSrc.size, '').dataset;
  if (!st.charset.exact)
    findings.push(parseFinding('dicom.charset.approximate', file, st.base, { tag: '(0008,0005)' }));
  result.incomplete = st.fatal || findings.some((f) => f.severity === 'fatal');
  return result;
}

/**
 * Parses a DICOM file held in memory (tests, small inputs). Never throws on bad input: problems
 * are findings in `findings`, with byte offsets.
 */
export function parseDicomBuffer(
  bytes: Uint8Array,
  file: string,
  standard: DicomStandard,
  options: ParseOptions = {},
): Promise<ParsedDicom> {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return parseSource(new BufferSource(buffer), file, standard, options);
}

/**
 * Parses a DICOM file through a file handle in 64 KB windows: Pixel Data and values longer
 * than `maxValueBytes` are skipped by seeking, so memory stays bounded whatever the file size.
 * Bad content is reported as findings, and so is a path that is not a regular file (a device or a
 * FIFO, never read); only an unreadable file (missing, permissions) rejects.
 */
export function parseDicomFile(
  path: string,
  standard: DicomStandard,
  options: ParseOptions = {},
): Promise<ParsedDicom> {
  return withFileSource(path, async (src) => {
    if (src) return parseSource(src, path, standard, options);
    const result = emptyParse(path);
    result.findings.push(parseFinding('dicom.io.not-a-file', path, 0));
    return result;
  });
}

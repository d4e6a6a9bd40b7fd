import { closeSync, constants, fstatSync, openSync } from 'node:fs';
import type { Finding } from '../../finding.js';
import type { DicomDataset, ParsedDicom } from '../model.js';
import { BufferSource, FileSource, type ByteSource } from './byte-source.js';
import { DEFAULT_CHARSET } from './charset.js';
import { readDataset } from './dataset-reader.js';
import { readFileHeader, type FileHeader } from './file-meta.js';
import { inflateStream, type Inflated } from './inflate.js';
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

type Inflater = (src: ByteSource, start: number, limit: number) => Inflated | Promise<Inflated>;

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
    if (header.meta.elements.size > 0) findings.push(parseFinding('noTransferSyntax', file, at));
  } else if (!declared) {
    findings.push(parseFinding('unknownTransferSyntax', file, header.meta.elements.get('00020010')?.offset ?? at));
  } else if (declared.deflated) {
    // An uncompressed dataset where a deflated one was announced starts with a plain group 0008 element.
    if (detected && at + 2 <= src.size && src.bytes(at, 2).readUInt16LE(0) === 0x0008) {
      findings.push(
        parseFinding('mismatch', file, at, {
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
      parseFinding('mismatch', file, at, {
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
  options: ParseOptions,
  inflate: Inflater,
): Promise<ParsedDicom> {
  const findings: Finding[] = [];
  const empty = (): DicomDataset => ({ elements: new Map() });
  const result: ParsedDicom = {
    file,
    size: src.size,
    part10: false,
    meta: empty(),
    dataset: empty(),
    transferSyntax: '',
    findings,
    incomplete: true,
  };
  if (src.size === 0) {
    findings.push(parseFinding('empty', file, 0));
    return result;
  }
  const header = readFileHeader(src, file, findings);
  result.part10 = header.part10;
  result.meta = header.meta;
  if (header.fatal) return result;
  if (header.datasetStart >= src.size && header.meta.elements.size > 0) {
    findings.push(
      parseFinding('truncated', file, header.datasetStart, {
        message: 'the file ends after the meta header: there is no dataset',
      }),
    );
    return result;
  }
  let syntax = chooseSyntax(src, header, file, findings);
  const late = !syntax && !header.part10 && header.meta.elements.size === 0 ? findLateDatasetStart(src) : undefined;
  if (late) {
    // a bare dataset after a few stray bytes (pydicom's no_meta.dcm starts with one): read from its first element
    findings.push(parseFinding('leadingBytes', file, 0, { params: { bytes: late.pos } }));
    header.datasetStart = late.pos;
    syntax = syntaxFor(late.syntax.explicit, late.syntax.little);
  }
  if (!syntax) {
    findings.push(parseFinding('notDicom', file, header.datasetStart));
    return result;
  }
  if (!header.part10) findings.push(parseFinding('noPreamble', file, 0, { params: { readAs: syntax.uid } }));
  result.transferSyntax = syntax.uid;
  let dataSrc = src;
  let start = header.datasetStart;
  let base = 0;
  if (syntax.deflated) {
    const inflated = await inflate(src, start, options.maxInflatedBytes ?? 64 * 1024 * 1024);
    if (!inflated.complete) findings.push(parseFinding('deflateLimit', file, start));
    else if (inflated.error !== undefined) {
      // corrupt compressed data: what inflated before the damage is still read
      findings.push(parseFinding('deflate', file, start));
      if (inflated.data.length === 0) return result;
    }
    dataSrc = new BufferSource(inflated.data);
    base = start;
    start = 0;
  }
  const st: ReadState = {
    src: dataSrc,
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
  if (!st.charset.exact) findings.push(parseFinding('charset', file, st.base, { tag: '(0008,0005)' }));
  result.incomplete = st.fatal || findings.some((f) => f.severity === 'fatal');
  return result;
}

/**
 * Parses a DICOM file held in memory (tests, small inputs). Never throws on bad input: problems
 * are findings in `findings`, with byte offsets.
 */
export function parseDicomBuffer(bytes: Uint8Array, file: string, options: ParseOptions = {}): Promise<ParsedDicom> {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return parseSource(new BufferSource(buffer), file, options, inflateStream);
}

/**
 * Parses a DICOM file through a file handle in 64 KB windows: Pixel Data and values longer
 * than `maxValueBytes` are skipped by seeking, so memory stays bounded whatever the file size.
 * Bad content is reported as findings, and so is a path that is not a regular file (a device or a
 * FIFO, never read); only an unreadable file (missing, permissions) rejects.
 */
export async function parseDicomFile(path: string, options: ParseOptions = {}): Promise<ParsedDicom> {
  // Synchronous open/stat/read/close: a header is one or two 64 KB reads, and awaiting each system
  // call would cost more than parsing (a worker thread keeps the main thread free).
  // Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer forever.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  let src: FileSource | undefined;
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) {
      const empty = (): DicomDataset => ({ elements: new Map() });
      return {
        file: path,
        size: 0,
        part10: false,
        meta: empty(),
        dataset: empty(),
        transferSyntax: '',
        findings: [parseFinding('notRegular', path, 0)],
        incomplete: true,
      };
    }
    src = new FileSource(fd, info.size);
    return await parseSource(src, path, options, inflateStream);
  } finally {
    src?.release();
    closeSync(fd);
  }
}

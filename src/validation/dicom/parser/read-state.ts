import type { Finding } from '../../finding.js';
import type { ByteSource } from '../../../io/random-access-file.js';
import type { DicomStandard } from '../standard/dicom-standard.js';
import type { CharsetDecoder } from './charset.js';

/** What the element loop needs while it reads one dataset encoding. */
export interface ReadState {
  src: ByteSource;
  /** The data dictionary gives the VR of implicit VR elements. */
  standard: DicomStandard;
  file: string;
  explicit: boolean;
  little: boolean;
  stopAtPixelData: boolean;
  /** Values longer than this are skipped (seeked over), never read. */
  maxValueBytes: number;
  charset: CharsetDecoder;
  findings: Finding[];
  /** Set when reading must end: a fatal finding, or Pixel Data reached with stopAtPixelData. */
  stopped: boolean;
  fatal: boolean;
  /** Added to offsets in findings and elements (the position of an inflated stream in the file). */
  base: number;
  /** Stop before the first element whose group differs (reading File Meta Information). */
  onlyGroup?: number;
  /** What one file may hold before reading stops (a located fatal finding). */
  limits: ReadLimits;
  /** Sequences open around the element being read (0 at the top level). */
  depth: number;
  /** Data elements and sequence items read so far. */
  elements: number;
  /** Bytes of values decoded so far. */
  valueBytes: number;
}

/** The limits of one file's reading: past one, reading stops with a fatal finding at that tag path. */
export interface ReadLimits {
  /** Sequences nested inside each other. */
  maxDepth: number;
  /** Data elements and sequence items, at every level. */
  maxElements: number;
  /** Bytes of values decoded (values skipped by length, such as Pixel Data, do not count). */
  maxValueBytes: number;
}

/** The default limits: far above real files (an enhanced multi-frame of thousands of frames has some 10^5 elements). */
export const DEFAULT_READ_LIMITS: ReadLimits = { maxDepth: 64, maxElements: 500_000, maxValueBytes: 64 * 1024 * 1024 };

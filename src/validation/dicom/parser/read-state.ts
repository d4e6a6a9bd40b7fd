import type { Finding } from '../../finding.js';
import type { ByteSource } from './byte-source.js';
import type { CharsetDecoder } from './charset.js';

/** What the element loop needs while it reads one dataset encoding. */
export interface ReadState {
  src: ByteSource;
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
}

import type { Finding } from '../finding.js';

/**
 * The parsed form of a DICOM file: the contract between the parser and the checks.
 * Tags are 8 upper-case hex digits, group then element: `00100010` is (0010,0010) Patient's Name.
 */
export interface DicomElement {
  tag: string;
  /** The VR: explicit in the file, or from the dictionary for implicit VR ('UN' when unknown). */
  vr: string;
  /** Byte offset of the element's tag in the file. */
  offset: number;
  /** Value length in bytes; -1 for undefined length. */
  length: number;
  /**
   * The decoded value(s): text VRs split on backslash (trailing padding removed), numbers for
   * binary numeric VRs (US, SS, UL, SL, FL, FD, AT as tag strings). Undefined for bulk data that
   * was skipped (Pixel Data, OB/OW/UN above a size limit) and for sequences.
   */
  values?: (string | number)[];
  /** Items of a sequence (SQ). */
  items?: DicomDataset[];
  /**
   * The VR written in the file when it differs from `vr`: an explicit `UN` whose tag the
   * dictionary knows is read with the dictionary's VR (PS3.5 6.2.2), and this keeps `UN`.
   */
  vrInFile?: string;
  /** A text value padded with NUL (00H) where PS3.5 6.2 requires a space. */
  nulPadded?: boolean;
}

/** A dataset, or a sequence item: elements by tag, in file order. */
export interface DicomDataset {
  elements: Map<string, DicomElement>;
}

export interface ParsedDicom {
  file: string;
  /** File size in bytes. */
  size: number;
  /** True when the 128-byte preamble and `DICM` were present. */
  part10: boolean;
  /** File meta information (group 0002); empty for a bare dataset. */
  meta: DicomDataset;
  dataset: DicomDataset;
  /** The transfer syntax UID used to read the dataset. */
  transferSyntax: string;
  /** Findings of the parse itself (truncation, bad meta, bare dataset...). */
  findings: Finding[];
  /** True when the parse stopped early (a fatal finding); the dataset holds what was read. */
  incomplete: boolean;
}

import type { Finding, Severity } from '../../finding.js';

/** The rules of the parse itself (PS3.10 file format, PS3.5 encoding). */
export const PARSE_RULES = {
  notRegular: {
    rule: 'dicom.io.not-a-file',
    severity: 'fatal',
    message: 'not a regular file (a device, FIFO or socket): it was not read',
  },
  empty: { rule: 'dicom.parse.empty', severity: 'fatal', message: 'the file is empty' },
  notDicom: {
    rule: 'dicom.parse.not-dicom',
    severity: 'fatal',
    message: 'not a DICOM file: no DICM prefix and no recognisable data element at the start',
  },
  noPreamble: {
    rule: 'dicom.parse.no-preamble',
    severity: 'warning',
    message: 'no 128-byte preamble and DICM prefix (PS3.10 7.1): a bare dataset, read with a guessed transfer syntax',
  },
  leadingBytes: {
    rule: 'dicom.parse.leading-bytes',
    severity: 'error',
    message:
      'bytes before the first data element of a bare dataset (PS3.5 7.1: a dataset starts with an element); they were skipped',
  },
  truncated: {
    rule: 'dicom.parse.truncated',
    severity: 'fatal',
    message: 'the file ends inside a data element: it is truncated',
  },
  malformed: {
    rule: 'dicom.parse.malformed',
    severity: 'fatal',
    message: 'malformed encoding: the data cannot be read past this point',
  },
  invalidVr: {
    rule: 'dicom.parse.invalid-vr',
    severity: 'error',
    message: 'an explicit VR code that is not a DICOM VR',
  },
  oddLength: {
    rule: 'dicom.parse.odd-length',
    severity: 'error',
    message: 'value length is odd (PS3.5 7.1.1: lengths are even)',
  },
  tooDeep: {
    rule: 'dicom.parse.too-deep',
    severity: 'fatal',
    message: 'sequences are nested deeper than the read limit: the file was read up to here',
  },
  tooManyElements: {
    rule: 'dicom.parse.too-many-elements',
    severity: 'fatal',
    message: 'the file holds more data elements and items than the read limit: it was read up to here',
  },
  tooMuchData: {
    rule: 'dicom.parse.too-much-data',
    severity: 'fatal',
    message: 'the values read exceed the read limit in bytes: the file was read up to here',
  },
  deflate: { rule: 'dicom.parse.deflate', severity: 'fatal', message: 'the deflated dataset cannot be inflated' },
  deflateLimit: {
    rule: 'dicom.parse.deflate-limit',
    severity: 'fatal',
    message: 'the inflated dataset is larger than the read limit: the file was read up to here',
  },
  metaMissing: {
    rule: 'dicom.meta.missing',
    severity: 'error',
    message: 'the DICM prefix is not followed by File Meta Information (group 0002)',
  },
  metaNotExplicit: {
    rule: 'dicom.meta.not-explicit-le',
    severity: 'error',
    message: 'File Meta Information is not explicit VR little endian (PS3.10 7.1)',
  },
  metaGroupLength: {
    rule: 'dicom.meta.group-length',
    severity: 'error',
    message: 'File Meta Information Group Length does not match the meta elements',
  },
  noTransferSyntax: {
    rule: 'dicom.meta.no-transfer-syntax',
    severity: 'error',
    message: 'File Meta Information has no Transfer Syntax UID; the dataset was read with a guessed one',
  },
  unknownTransferSyntax: {
    rule: 'dicom.meta.unknown-transfer-syntax',
    severity: 'error',
    message: 'Transfer Syntax UID is not a DICOM transfer syntax; the dataset was read with a guessed one',
  },
  mismatch: {
    rule: 'dicom.meta.transfer-syntax-mismatch',
    severity: 'error',
    message: 'the dataset is not encoded as the Transfer Syntax UID of the meta header says',
  },
  charset: {
    rule: 'dicom.charset.approximate',
    severity: 'information',
    message:
      'Specific Character Set is not fully supported (code extensions or unknown term): text was decoded approximately',
  },
} as const satisfies Record<string, { rule: string; severity: Severity; message: string }>;

export type ParseRule = keyof typeof PARSE_RULES;

/** A finding of the parse. */
export function parseFinding(
  which: ParseRule,
  file: string,
  offset: number,
  extra: { tag?: string; message?: string; params?: Finding['params'] } = {},
): Finding {
  const { rule, severity, message } = PARSE_RULES[which];
  const finding: Finding = { rule, severity, location: { file, offset }, message: extra.message ?? message };
  if (extra.tag !== undefined) finding.location.tag = extra.tag;
  if (extra.params !== undefined) finding.params = extra.params;
  return finding;
}

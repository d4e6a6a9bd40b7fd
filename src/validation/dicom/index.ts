// The DICOM engine: parser, standard tables, per-file IOD and value checks.
export type { DicomElement, DicomDataset, ParsedDicom } from './model.js';
export { parseDicomFile, parseDicomBuffer, type ParseOptions } from './parser/parse-dicom.js';
export { PARSE_RULES } from './parser/parse-finding.js';
export { transferSyntaxInfo, type TransferSyntaxInfo } from './parser/transfer-syntax.js';
export { lookupTag, tagName, formatTag, isPrivateTag, type DictionaryEntry } from './dictionary/dictionary.js';

// The DICOM engine: parser, standard tables, per-file IOD and value checks.
export type { DicomElement, DicomDataset, ParsedDicom } from './model.js';
export { parseDicomFile, parseDicomBuffer, type ParseOptions } from './parser/parse-dicom.js';
export { DEFAULT_READ_LIMITS, type ReadLimits } from './parser/read-state.js';
export { DICOM_RULE_TABLE, dicomDiagnostic, type DicomRuleId } from './rule-table.js';
export { DicomStandard, type DicomStandardFiles } from './standard/dicom-standard.js';
export { transferSyntaxInfo, type TransferSyntaxInfo } from './parser/transfer-syntax.js';
export { formatTag, isPrivateTag, type DictionaryEntry } from './dictionary/dictionary.js';
export { checkDicomFile } from './iod/check-dicom-file.js';
export { DICOM_RULES } from './iod/rule-registry.js';
export type { DicomRule, CheckOptions, CheckContext } from './iod/dicom-rule.js';
export { type IodTables, type IodDef, type ModuleDef, type AttributeDef, type Condition } from './iod/iod-tables.js';
export { iodOf, type ResolvedIod } from './iod/iod-of.js';
export { parseDeidOptions } from './deid/parse-deid-options.js';

export { DicomSummaryBuilder, DETAIL_LIMIT } from './summary-builder.js';
export {
  DICOM_METRICS,
  type DicomConformanceSummary,
  type CountRow,
  type NotCheckedFile,
  type UnreadableFile,
} from './dicom-summary.js';
export { classifyFile, isDeidFinding, type FileResult } from './file-result.js';
export { formatDicomSummary } from './format-summary.js';
export { TRANSFER_SYNTAX_NAMES } from './transfer-syntax-names.js';
export { DICOM_CONFORMANCE_SCHEMA } from './summary-schema.js';
export { summariseBatch, type BatchOutcome, type FileOutcome } from './batch-outcome.js';

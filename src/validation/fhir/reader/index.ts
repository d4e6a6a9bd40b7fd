export { parseJsonText, type JsonParseResult, type JsonSyntaxProblem } from './json-text.js';
export { bundleEntries, isBundle, type BundleEntry } from './bundle-entries.js';
export { detectInputKind, isFhirInputName, type FhirInputFormat, type FhirInputKind } from './input-format.js';
export { lineBatches, type LineBatch, type LineBatchOptions } from './line-batches.js';

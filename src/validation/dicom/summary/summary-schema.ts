import schema from './conformance.schema.json' with { type: 'json' };

/** The JSON Schema (draft 2020-12) of {@link DicomConformanceSummary}, for tests and for readers of the file. */
export const DICOM_CONFORMANCE_SCHEMA: object = schema;

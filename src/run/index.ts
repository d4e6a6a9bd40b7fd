/** The use cases: one per command, each a function that reads its inputs and writes its outputs through src/io. */
export * from './assess.js';
export * from './assess-files.js';
export * from './evidence-step.js';
export * from './report.js';
export * from './report-inputs.js';
export * from './pipeline.js';
export * from './init.js';
export * from './questionnaire-lint.js';
export * from './questionnaire-list.js';
export * from './questionnaire-show.js';
export * from './fhir-packages.js';
export * from './dicom-standard.js';

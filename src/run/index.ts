/** The use cases: one per command, each a function that reads its inputs and writes its outputs through src/io. */
export { assess, type AssessOptions, type AssessRun } from './assess.js';
export {
  assessFiles,
  type AssessFilesOptions,
  type AssessFilesResult,
  type AssessFailure,
  type EvidenceStep,
} from './assess-files.js';
export {
  resolveEvidence,
  evidenceStepFor,
  type EvidenceStepOptions,
  type EvidenceStepForOptions,
  type ResolvedEvidence,
} from './evidence-step.js';
export { report, type ReportFlags, type ReportRun } from './report.js';
export { readReportInputs, type ReportInputs } from './report-inputs.js';
export { pipeline, type PipelineOptions, type PipelineRun, type PipelineResult } from './pipeline.js';
export { init, type InitOptions } from './init.js';
export { lintQuestionnaires, type LintFilesResult, type LintFileResult } from './questionnaire-lint.js';
export { listQuestionnaires } from './questionnaire-list.js';
export { showQuestionnaire, questionnaireNamed } from './questionnaire-show.js';
export { fhirPackages } from './fhir-packages.js';

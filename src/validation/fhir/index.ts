/** The FHIR R4 validation engine: definitions, compiled profiles, and the resource validator. */
export type {
  FhirValidatorConfig,
  FhirResourceContext,
  FhirResourceResult,
  FhirResourceValidator,
  ProfileVerdict,
} from './resource-validator.js';
export { createFhirEngine, createFhirValidator } from './engine/create-fhir-validator.js';
export { loadFhirPackages } from './definitions/load-fhir-packages.js';
export { describeFhirPackages } from './definitions/describe-fhir-packages.js';
export { type DefinitionPackage, type LoadedPackageInfo, describePackage } from './definitions/definition-package.js';
export { BrokenPackageError } from '../../errors/broken-package-error.js';
export { UnknownProfileError } from './definitions/unknown-profile-error.js';
export { FHIR_RULE_TABLE, FHIR_RULES, type FhirRule, type FhirRuleId } from './engine/rule-registry.js';
// Whole exports: read files, Bundles and NDJSON, validate on every core, summarise.
export * from './pipeline/index.js';

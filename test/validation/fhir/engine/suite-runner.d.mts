import type { readFhirXml } from '../../../../src/validation/fhir/xml/index.js';
import type { FhirResourceValidator, FhirValidatorConfig } from '../../../../src/validation/fhir/index.js';

export interface SuiteCase {
  name: string;
  module: string;
  file: string;
  supporting: string[];
  profileSource?: string;
  expectedError: boolean;
  unsupportedFormat: boolean;
  counted: boolean;
}
export interface CaseOutcome extends SuiteCase {
  ourError: boolean | undefined;
  errors: string[];
  agrees: boolean;
}
export interface ModuleAgreement {
  module: string;
  cases: number;
  agree: number;
  counted: number;
  countedAgree: number;
}
export const SERVER_MODULES: Set<string>;
export const UNSUPPORTED_FORMAT_MODULES: Set<string>;
export function readSuite(root: string, xml?: boolean): SuiteCase[];
export function runCase(
  root: string,
  c: SuiteCase,
  create: (config: FhirValidatorConfig) => Promise<FhirResourceValidator>,
  readXml?: typeof readFhirXml,
): Promise<{ error: boolean | undefined; errors: string[] }>;
export function runSuite(
  root: string,
  create: (config: FhirValidatorConfig) => Promise<FhirResourceValidator>,
  readXml?: typeof readFhirXml,
): Promise<{ outcomes: CaseOutcome[]; modules: ModuleAgreement[]; counted: number; countedAgree: number }>;

/** The parts of FHIR conformance resources the validator reads (the compact form keeps only these). */

export interface TypeRef {
  code: string;
  profile?: string[];
  targetProfile?: string[];
  aggregation?: string[];
  extension?: { url: string; valueUrl?: string; valueUri?: string }[];
}

export interface ElementConstraint {
  key: string;
  severity: 'error' | 'warning';
  human: string;
  expression?: string;
  source?: string;
}

export interface Discriminator {
  type: 'value' | 'pattern' | 'type' | 'profile' | 'exists';
  path: string;
}

export interface ElementDefinition {
  id?: string;
  path: string;
  sliceName?: string;
  min?: number;
  max?: string;
  base?: { path: string; min: number; max: string };
  type?: TypeRef[];
  contentReference?: string;
  maxLength?: number;
  isModifier?: boolean;
  binding?: { strength: 'required' | 'extensible' | 'preferred' | 'example'; valueSet?: string };
  constraint?: ElementConstraint[];
  slicing?: { discriminator?: Discriminator[]; rules: 'open' | 'closed' | 'openAtEnd'; ordered?: boolean };
  /** fixed[x], pattern[x], minValue[x], maxValue[x] are kept under their JSON names. */
  [key: `fixed${string}` | `pattern${string}` | `minValue${string}` | `maxValue${string}`]: unknown;
}

export interface StructureDefinition {
  resourceType: 'StructureDefinition';
  id?: string;
  url: string;
  version?: string;
  name?: string;
  kind?: 'primitive-type' | 'complex-type' | 'resource' | 'logical';
  abstract?: boolean;
  type: string;
  baseDefinition?: string;
  derivation?: 'specialization' | 'constraint';
  context?: { type: string; expression: string }[];
  snapshot?: { element: ElementDefinition[] };
  differential?: { element: ElementDefinition[] };
}

export interface ValueSetInclude {
  system?: string;
  version?: string;
  valueSet?: string[];
  concept?: { code: string }[];
  filter?: { property: string; op: string; value: string }[];
}

export interface ValueSet {
  resourceType: 'ValueSet';
  url: string;
  version?: string;
  name?: string;
  compose?: { include: ValueSetInclude[]; exclude?: ValueSetInclude[] };
  expansion?: { contains?: { system?: string; code?: string; contains?: unknown[] }[] };
}

export interface CodeSystemConcept {
  code: string;
  concept?: CodeSystemConcept[];
}

export interface CodeSystem {
  resourceType: 'CodeSystem';
  url: string;
  version?: string;
  name?: string;
  content?: string;
  caseSensitive?: boolean;
  supplements?: string;
  concept?: CodeSystemConcept[];
}

/** A Questionnaire item, as far as answers are checked against it. */
export interface QuestionnaireItem {
  linkId: string;
  type: string;
  required?: boolean;
  repeats?: boolean;
  maxLength?: number;
  readOnly?: boolean;
  enableWhen?: unknown[];
  answerOption?: Record<string, unknown>[];
  answerValueSet?: string;
  extension?: Record<string, unknown>[];
  item?: QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  url: string;
  version?: string;
  status?: string;
  item?: QuestionnaireItem[];
}

/** A Measure, as far as MeasureReports are checked against it. */
export interface Measure {
  resourceType: 'Measure';
  url: string;
  version?: string;
  /** proportion | ratio | continuous-variable | cohort (http://terminology.hl7.org/CodeSystem/measure-scoring). */
  scoring?: { coding?: { system?: string; code?: string }[] };
}

export type ConformanceResource = StructureDefinition | ValueSet | CodeSystem | Questionnaire | Measure;

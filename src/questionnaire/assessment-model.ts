/** The assessment model: the TypeScript shape of questionnaires/schema/assessment.schema.json. */
import type { SubjectKind } from './model.js';

export type AnswerSource = 'self-reported' | 'documented' | 'verified';
/** A bare answer value: boolean, number, option value(s), or `unknown`/null for "not known". */
export type RawValue = boolean | number | string | string[] | null;

/** A reference to a conformance summary whose metric supplies the value (resolved before scoring). */
export interface EvidenceRef {
  summary: string;
  metric?: string;
}

/** What a conformance summary measured for an indicator, and what the assessment had claimed. */
export interface MeasuredEvidence {
  /** The summary's metric, e.g. `fhir.valid_base_share`. */
  metric: string;
  /** `fhir` or `dicom`: the validator that measured it. */
  kind: 'fhir' | 'dicom';
  /** Items the metric was measured over (resources for FHIR, files for DICOM). */
  items: number;
  /** Share of the summary's items without any error (its "without errors" line), 0..1. */
  conformant: number;
  /** The value the assessment gave before, or null when it gave none. */
  claimed: RawValue;
}

/** An answer with its provenance. */
export interface AnswerEntry {
  value: RawValue;
  source?: AnswerSource;
  note?: string;
  evidence?: string | EvidenceRef;
  /** Set by the evidence step (never read from a file): what a conformance summary measured. */
  measured?: MeasuredEvidence;
  established?: string;
  validFor?: string;
}

/** True for an answer that says "not known": null, or the string `unknown`. */
export function isUnknownValue(value: RawValue | undefined): value is null | 'unknown' | undefined {
  return value === null || value === undefined || value === 'unknown';
}

/** The subject assessed (the scorecard's subject copies it). */
export interface AssessmentSubject {
  id: string;
  name: string;
  kind: SubjectKind;
  /** ISO 3166-1 alpha-2. */
  country: string;
  region?: string;
  type?: string;
  size?: 'small' | 'medium' | 'large' | { beds?: number; population?: number; staff?: number };
  fictional?: boolean;
}

/** One subject's answers to one questionnaire version for one period. */
export interface Assessment {
  $schema?: string;
  questionnaire: { id: string; version: string };
  subject: AssessmentSubject;
  period: string;
  assessedBy?: string;
  date?: string;
  notes?: string;
  answers: Record<string, RawValue | AnswerEntry>;
}

/** True when an answer is given as a map with `value` (and provenance), not a bare value. */
export function isAnswerEntry(answer: RawValue | AnswerEntry | undefined): answer is AnswerEntry {
  return typeof answer === 'object' && answer !== null && !Array.isArray(answer);
}

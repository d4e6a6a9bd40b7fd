/** The assessment model: the TypeScript shape of questionnaires/schema/assessment.schema.json. */
import type { ScorecardSubject } from '../scoring/scorecard.js';

export type AnswerSource = 'self-reported' | 'documented' | 'verified';
/** A bare answer value: boolean, number, option value(s), or `unknown`/null for "not known". */
export type RawValue = boolean | number | string | string[] | null;

/** A reference to a conformance summary whose metric supplies the value (resolved before scoring). */
export interface EvidenceRef {
  summary: string;
  metric?: string;
}

/** An answer with its provenance. */
export interface AnswerEntry {
  value: RawValue;
  source?: AnswerSource;
  note?: string;
  evidence?: string | EvidenceRef;
  established?: string;
  validFor?: string;
}

/** The subject assessed: the same fields as the scorecard's subject, which copies it. */
export type AssessmentSubject = ScorecardSubject;

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

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Location } from '../errors/location.js';
import type { AnswerSource, RawValue } from '../questionnaire/assessment-model.js';
import type { FormSubject, SubjectField } from './form-fields.js';

/** One answer read from a form, with its provenance and where it was found. */
export interface FormAnswer {
  value: RawValue;
  source?: AnswerSource;
  note?: string;
  /** The answer's date (YYYY-MM-DD): the assessment's `established`. */
  date?: string;
  location: Location;
}

/** One subject's filled form as read from a file: what it says and what is wrong with it. */
export interface Submission {
  /** Where the subject's form starts (a sheet, a CSV row, a QuestionnaireResponse). */
  location: Location;
  subject: FormSubject;
  /** Where each subject field was read. */
  fieldLocations: Partial<Record<SubjectField, Location>>;
  /** Answers by indicator id, in questionnaire order. */
  answers: Map<string, FormAnswer>;
  /** Errors skip the subject; warnings are reported and the subject is imported. */
  diagnostics: Diagnostic[];
}

/** What a reader makes of one file: the submissions in it, and what stops the whole file. */
export interface FormFileResult {
  submissions: Submission[];
  /** A file-level error (unreadable, not a form, another questionnaire): nothing of the file is imported. */
  fileDiagnostics: Diagnostic[];
}

export function newSubmission(location: Location): Submission {
  return { location, subject: {}, fieldLocations: {}, answers: new Map(), diagnostics: [] };
}

import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatLocation, type Location } from '../errors/location.js';
import type { LoadedQuestionnaire } from '../questionnaire/load-questionnaire.js';
import { FORM_RULES } from './form-rules.js';
import type { Submission } from './submission.js';
import { assessmentYaml, checkSubmissionAssessment, submissionAssessment } from './to-assessment.js';

/** A subject ready to be written: its file name (`<subject-id>-<period>.yaml`) and YAML text. */
export interface PlannedAssessment {
  name: string;
  subject: string;
  period: string;
  text: string;
  from: string;
  warnings: Diagnostic[];
}

/** A subject not imported, with every problem found in its form. */
export interface SkippedSubmission {
  from: string;
  subject?: string;
  diagnostics: Diagnostic[];
}

export interface ImportPlan {
  assessments: PlannedAssessment[];
  skipped: SkippedSubmission[];
}

/** A submission checked on its own (in any thread): its assessment YAML when it has no error, and its problems. */
export interface CheckedSubmission {
  location: Location;
  subject?: string;
  period?: string;
  text?: string;
  diagnostics: Diagnostic[];
}

const isError = (d: Diagnostic): boolean => d.severity === 'error' || d.severity === 'fatal';

/**
 * One submission without an error becomes the assessment YAML `readiness init` makes, checked by
 * the loader `assess` uses; the problems of that check join the submission's.
 */
export function checkSubmission(s: Submission, loaded: LoadedQuestionnaire, schemaRef: string): CheckedSubmission {
  const checked: CheckedSubmission = {
    location: s.location,
    ...(s.subject.id ? { subject: s.subject.id } : {}),
    ...(s.subject.period ? { period: s.subject.period } : {}),
    diagnostics: s.diagnostics,
  };
  if (s.diagnostics.some(isError)) return checked;
  const text = assessmentYaml(submissionAssessment(s, loaded), schemaRef, formatLocation(s.location));
  const errors = checkSubmissionAssessment(s, loaded, text);
  return errors.length ? { ...checked, diagnostics: [...s.diagnostics, ...errors] } : { ...checked, text };
}

/**
 * What to write from the checked submissions of every file: each one with an error is skipped with
 * its problems, and so is every copy of a subject and period answered twice.
 */
export function planImport(submissions: CheckedSubmission[]): ImportPlan {
  const byKey = new Map<string, CheckedSubmission[]>();
  for (const s of submissions) {
    const key = `${s.subject ?? ''}\u0000${s.period ?? ''}`;
    if (s.subject) byKey.set(key, [...(byKey.get(key) ?? []), s]);
  }
  for (const same of byKey.values())
    if (same.length > 1)
      for (const s of same) {
        const others = same.filter((o) => o !== s).map((o) => formatLocation(o.location));
        s.diagnostics = [
          ...s.diagnostics,
          diagnose(FORM_RULES, 'form.duplicate', s.location, {
            subject: s.subject,
            period: s.period ?? '(none)',
            other: others.join(', '),
          }),
        ];
      }
  const plan: ImportPlan = { assessments: [], skipped: [] };
  for (const s of submissions) {
    const from = formatLocation(s.location);
    if (s.text === undefined || s.diagnostics.some(isError))
      plan.skipped.push({ from, ...(s.subject ? { subject: s.subject } : {}), diagnostics: s.diagnostics });
    else
      plan.assessments.push({
        name: `${s.subject!}-${s.period!}.yaml`,
        subject: s.subject!,
        period: s.period!,
        text: s.text,
        from,
        warnings: s.diagnostics,
      });
  }
  return plan;
}

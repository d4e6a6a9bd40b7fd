import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatLocation } from '../errors/location.js';
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

/**
 * What to write from the submissions of every file: each one with an error is skipped with its
 * problems (so is every copy of a subject and period answered twice); the others become the
 * assessment YAML `readiness init` makes, checked by the loader `assess` uses.
 */
export function planImport(submissions: Submission[], loaded: LoadedQuestionnaire, schemaRef: string): ImportPlan {
  const byKey = new Map<string, Submission[]>();
  for (const s of submissions) {
    const key = `${s.subject.id ?? ''}\u0000${s.subject.period ?? ''}`;
    if (!s.subject.id) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), s]);
  }
  for (const same of byKey.values())
    if (same.length > 1)
      for (const s of same) {
        const others = same.filter((o) => o !== s).map((o) => formatLocation(o.location));
        s.diagnostics.push(
          diagnose(FORM_RULES, 'form.duplicate', s.location, {
            subject: s.subject.id,
            period: s.subject.period ?? '(none)',
            other: others.join(', '),
          }),
        );
      }
  const plan: ImportPlan = { assessments: [], skipped: [] };
  for (const s of submissions) {
    const from = formatLocation(s.location);
    const errors = s.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'fatal');
    if (!errors.length) {
      const text = assessmentYaml(submissionAssessment(s, loaded), schemaRef, from);
      errors.push(...checkSubmissionAssessment(s, loaded, text));
      if (!errors.length) {
        const subject = s.subject.id!;
        const period = s.subject.period!;
        plan.assessments.push({
          name: `${subject}-${period}.yaml`,
          subject,
          period,
          text,
          from,
          warnings: s.diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'information'),
        });
        continue;
      }
      plan.skipped.push({ from, subject: s.subject.id, diagnostics: [...s.diagnostics, ...errors] });
      continue;
    }
    plan.skipped.push({ from, subject: s.subject.id, diagnostics: s.diagnostics });
  }
  return plan;
}

import { stringify } from 'yaml';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { AnswerEntry, Assessment, RawValue } from '../questionnaire/assessment-model.js';
import { InvalidDocumentError } from '../questionnaire/invalid-document-error.js';
import { parseAssessment } from '../questionnaire/load-assessment.js';
import type { LoadedQuestionnaire } from '../questionnaire/load-questionnaire.js';
import type { SubjectKind } from '../questionnaire/model.js';
import { pickText } from '../questionnaire/text.js';
import type { SubjectField } from './form-fields.js';
import { FORM_RULES } from './form-rules.js';
import type { Submission } from './submission.js';

const REQUIRED: SubjectField[] = ['id', 'name', 'kind', 'country', 'period'];

/** The assessment a submission stands for (answers in questionnaire order; unanswered ones `unknown`). */
export function submissionAssessment(submission: Submission, loaded: LoadedQuestionnaire): Assessment {
  const q = loaded.questionnaire;
  const s = submission.subject;
  const answers = Object.create(null) as Record<string, RawValue | AnswerEntry>;
  for (const domain of q.domains)
    for (const indicator of domain.indicators) {
      const a = submission.answers.get(indicator.id);
      const value = a?.value ?? 'unknown';
      answers[indicator.id] =
        a && (a.source || a.note || a.date)
          ? {
              value,
              ...(a.source ? { source: a.source } : {}),
              ...(a.note ? { note: a.note } : {}),
              ...(a.date ? { established: a.date } : {}),
            }
          : value;
    }
  return {
    questionnaire: { id: q.id, version: q.version },
    subject: {
      id: s.id ?? '',
      name: s.name ?? '',
      kind: (s.kind ?? '') as SubjectKind,
      country: (s.country ?? '').toUpperCase(),
      ...(s.region ? { region: s.region } : {}),
    },
    period: s.period ?? '',
    ...(s.respondent ? { assessedBy: s.respondent } : {}),
    ...(s.date ? { date: s.date } : {}),
    answers,
  };
}

/** The assessment as YAML, as `readiness init` writes it: the `$schema` line first, then the data. */
export function assessmentYaml(assessment: Assessment, schemaRef: string, source: string): string {
  const q = assessment.questionnaire;
  const header = [
    `# yaml-language-server: $schema=${schemaRef}`,
    `# Assessment (${q.id} ${q.version}) imported by \`readiness import\` from ${source.replace(/[\r\n]+/g, ' ')}.`,
    '# Score it with: readiness assess THIS-FILE',
  ];
  return `${header.join('\n')}\n${stringify(assessment, { lineWidth: 0 })}`;
}

/**
 * The subject's fields checked, then the assessment YAML checked by the loader `assess` uses, so
 * that what is written loads; a problem is put at the form's place of the field it is about.
 */
export function checkSubmissionAssessment(
  submission: Submission,
  loaded: LoadedQuestionnaire,
  text: string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const field of REQUIRED)
    if (!submission.subject[field])
      out.push(
        diagnose(FORM_RULES, 'form.field', submission.fieldLocations[field] ?? submission.location, {
          field,
          reason: 'is empty',
          fix: `fill in the subject's ${field}`,
        }),
      );
  if (out.length) return out;
  try {
    parseAssessment({ path: '(import)', text }, { questionnaire: loaded });
  } catch (error) {
    if (!(error instanceof InvalidDocumentError)) throw error;
    for (const p of error.problems.filter((x) => x.severity === 'error')) {
      const field = /subject\W+(\w+)|^(period)/.exec(`${p.location.path ?? ''} ${p.message}`);
      const name = (field?.[1] ?? field?.[2]) as SubjectField | undefined;
      out.push(
        diagnose(FORM_RULES, 'form.assessment', (name && submission.fieldLocations[name]) ?? submission.location, {
          reason: p.message,
          fix: p.hint ?? `see ${pickText(loaded.questionnaire.title)}`,
        }),
      );
    }
  }
  return out;
}

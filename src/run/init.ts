import { dirname, relative, resolve as resolvePath, sep } from 'node:path';
import { writeFileAtomic } from '../io/atomic-write.js';
import type { AssessmentSubject } from '../questionnaire/assessment-model.js';
import { InvalidDocumentError } from '../questionnaire/invalid-document-error.js';
import { parseAssessment } from '../questionnaire/load-assessment.js';
import { schemaPath } from '../questionnaire/schema-check.js';
import { renderTemplate } from '../questionnaire/template.js';
import { questionnaireNamed } from './questionnaire-show.js';

export interface InitOptions {
  /** A shipped questionnaire id, or a questionnaire file (ending in .yaml / .yml). */
  questionnaire: string;
  subject: AssessmentSubject;
  period: string;
  lang?: string;
  /** Write to this file (atomically; refused if it exists, unless force). */
  out?: string;
  force?: boolean;
}

/**
 * `readiness init`: makes a new assessment template (see {@link renderTemplate}), checks that it loads against its
 * questionnaire (so a bad subject id, kind or country is reported with the flag to fix), and
 * writes it when `out` is given. Returns the text.
 */
export async function init(options: InitOptions): Promise<string> {
  const loaded = await questionnaireNamed(options.questionnaire);
  const schema = schemaPath('assessment');
  const schemaRef = options.out
    ? relative(dirname(resolvePath(options.out)), schema)
        .split(sep)
        .join('/')
    : schema;
  const text = renderTemplate(loaded.questionnaire, {
    subject: options.subject,
    period: options.period,
    lang: options.lang,
    schemaRef,
  });
  try {
    parseAssessment({ path: options.out ?? '(template)', text }, { questionnaire: loaded });
  } catch (error) {
    if (error instanceof InvalidDocumentError) {
      // The template is ours: point at the flags, not at a line of a file the user has not seen.
      const problems = error.problems.map((p) => ({
        ...p,
        location: { file: options.out ?? 'readiness init' },
        hint: `${p.hint ?? ''} (set it with --subject-id, --subject-name, --kind, --country, --region or --period)`.trim(),
      }));
      throw new InvalidDocumentError('assessment', problems);
    }
    throw error;
  }
  if (options.out) await writeFileAtomic(options.out, text, { force: options.force });
  return text;
}

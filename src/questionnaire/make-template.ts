import { dirname, relative, resolve as resolvePath, sep } from 'node:path';
import { writeFileAtomic } from '../io/atomic-write.js';
import type { AssessmentSubject } from './assessment-model.js';
import { InvalidDocumentError } from './invalid-document-error.js';
import { parseAssessment } from './load-assessment.js';
import { loadQuestionnaire } from './load-questionnaire.js';
import { QuestionnaireCatalog } from './catalog.js';
import { schemaPath } from './schema-check.js';
import { renderTemplate } from './template.js';

export interface MakeTemplateOptions {
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
 * Makes a new assessment template (see {@link renderTemplate}), checks that it loads against its
 * questionnaire (so a bad subject id, kind or country is reported with the flag to fix), and
 * writes it when `out` is given. Returns the text.
 */
export async function makeTemplate(options: MakeTemplateOptions): Promise<string> {
  const loaded = /\.ya?ml$/i.test(options.questionnaire)
    ? await loadQuestionnaire(options.questionnaire)
    : await new QuestionnaireCatalog().get(options.questionnaire);
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

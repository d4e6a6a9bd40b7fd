import { parse } from 'csv-parse/sync';
import { diagnose } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../questionnaire/closest.js';
import { detectSeparator } from './csv-read.js';
import { SUBJECT_FIELDS, type FormSubject, type SubjectField } from './form-fields.js';
import { FormError } from './form-error.js';
import { FORM_RULES } from './form-rules.js';

/** Subjects at most in one --subjects list (a limit listed in the README). */
export const MAX_SUBJECTS = 5000;

/** A `--subjects` list: a CSV with a header of subject fields (id, name, kind, country, region, period...), one row per subject. */
export function parseSubjectList(file: string, text: string): FormSubject[] {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, delimiter: detectSeparator(text), skip_empty_lines: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new FormError(
      diagnose(FORM_RULES, 'form.csv', line ? { file, line } : { file }, { reason: (error as Error).message }),
    );
  }
  const [head = [], ...body] = rows;
  head.forEach((column, i) => {
    if (!(SUBJECT_FIELDS as readonly string[]).includes(column.trim()))
      throw new FormError(
        diagnose(
          FORM_RULES,
          'form.column',
          { file, line: 1, column: i + 1 },
          { column, suggestion: didYouMean(column, SUBJECT_FIELDS) },
        ),
      );
  });
  if (!body.length) throw new FormError(diagnose(FORM_RULES, 'form.no-subjects', { file }));
  if (body.length > MAX_SUBJECTS)
    throw new FormError(
      diagnose(
        FORM_RULES,
        'form.csv',
        { file },
        { reason: `${body.length} subjects, more than the ${MAX_SUBJECTS} one list may hold` },
      ),
    );
  return body.map((row) => {
    const subject: FormSubject = {};
    head.forEach((column, i) => {
      const value = row[i]?.trim();
      if (value) subject[column.trim() as SubjectField] = value;
    });
    return subject;
  });
}

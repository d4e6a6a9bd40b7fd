import { stringify } from 'csv-stringify/sync';
import type { Questionnaire } from '../questionnaire/model.js';
import { allowedText, formIndicators, questionText, SUBJECT_FIELDS, type FormSubject } from './form-fields.js';
import { CSV_LONG, type CsvLayout, type DecimalMark, type Separator } from './csv-layout.js';

export interface CsvFormOptions {
  layout: CsvLayout;
  separator: Separator;
  decimal: DecimalMark;
  lang: string;
  /** The subjects to prefill (one empty subject when none). */
  subjects?: FormSubject[];
}

/**
 * The questionnaire as a CSV form, UTF-8 with a BOM (so spreadsheet programs read the accents):
 * long (one row per subject field and per indicator: subject, indicator, answer, source, note,
 * date, and the question with its allowed answers) or wide (one row per subject, one column per
 * subject field and per indicator id).
 */
export function csvForm(q: Questionnaire, options: CsvFormOptions): string {
  const subjects = options.subjects?.length ? options.subjects : [{}];
  const indicators = formIndicators(q);
  const decimals = (t: string): string => (options.decimal === ',' ? t.replace(/(\d)\.(\d)/g, '$1,$2') : t);
  const rows: string[][] = [];
  if (options.layout === 'wide') {
    rows.push([...SUBJECT_FIELDS, ...indicators.map((i) => i.indicator.id)]);
    for (const s of subjects) rows.push([...SUBJECT_FIELDS.map((f) => s[f] ?? ''), ...indicators.map(() => '')]);
  } else {
    rows.push([...CSV_LONG]);
    subjects.forEach((s, n) => {
      const key = s.id ?? String(n + 1);
      for (const f of SUBJECT_FIELDS) rows.push([key, f, s[f] ?? '', '', '', '', `subject ${f}`, '']);
      for (const { indicator } of indicators)
        rows.push([
          key,
          indicator.id,
          '',
          '',
          '',
          '',
          questionText(indicator, options.lang),
          decimals(allowedText(indicator, options.lang)),
        ]);
    });
  }
  return stringify(rows, { delimiter: options.separator, bom: true, record_delimiter: 'unix' });
}

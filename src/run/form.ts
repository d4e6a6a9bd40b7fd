import { diagnose } from '../diagnostics/diagnostic.js';
import { ExitCode } from '../errors/exit-code.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { readTextFile } from '../io/text-file.js';
import { QuestionnaireCatalog } from '../questionnaire/catalog.js';
import { loadQuestionnaire, type LoadedQuestionnaire } from '../questionnaire/load-questionnaire.js';
import { csvForm } from '../forms/csv-form.js';
import { defaultDecimal, type CsvLayout, type DecimalMark, type Separator } from '../forms/csv-layout.js';
import { fhirQuestionnaire } from '../forms/fhir-questionnaire.js';
import { FormError } from '../forms/form-error.js';
import { FORM_RULES } from '../forms/form-rules.js';
import { mdForm } from '../forms/md-form.js';
import { parseSubjectList } from '../forms/subject-list.js';
import { xlsxForm } from '../forms/xlsx-form.js';

export type FormFormat = 'xlsx' | 'csv' | 'fhir' | 'md';

export interface FormOptions {
  /** A shipped questionnaire id, or a questionnaire file (.yaml / .yml). */
  questionnaire: string;
  format: FormFormat;
  out: string;
  lang: string;
  layout?: CsvLayout;
  separator?: Separator;
  decimal?: DecimalMark;
  /** A CSV list of subjects (id, name, kind, country, region, period...): one form for them all. */
  subjects?: string;
  force?: boolean;
}

export interface FormResult {
  out: string;
  bytes: number;
  subjects: number;
  questionnaire: { id: string; version: string };
}

/** Loads a questionnaire named by id (a shipped one) or by file. */
export async function questionnaireNamed(name: string): Promise<LoadedQuestionnaire> {
  return /\.ya?ml$/i.test(name) ? loadQuestionnaire(name) : new QuestionnaireCatalog().get(name);
}

/** `readiness form`: the questionnaire as a form to send out (xlsx, csv, FHIR Questionnaire or Markdown), written atomically. */
export async function makeForm(options: FormOptions): Promise<FormResult> {
  const { questionnaire: q } = await questionnaireNamed(options.questionnaire);
  const separator = options.separator ?? (options.decimal === ',' ? ';' : ',');
  const decimal = options.decimal ?? defaultDecimal(separator);
  if (separator === ',' && decimal === ',')
    throw new FormError(diagnose(FORM_RULES, 'form.decimal-clash', {}), ExitCode.Usage);
  const subjects = options.subjects
    ? parseSubjectList(options.subjects, (await readTextFile(options.subjects)).text)
    : undefined;
  let data: string | Uint8Array;
  switch (options.format) {
    case 'xlsx':
      data = await xlsxForm(q, { lang: options.lang, subjects });
      break;
    case 'csv':
      data = csvForm(q, { layout: options.layout ?? 'long', separator, decimal, lang: options.lang, subjects });
      break;
    case 'fhir':
      data = `${JSON.stringify(fhirQuestionnaire(q, options.lang), null, 2)}\n`;
      break;
    case 'md':
      data = mdForm(q, options.lang, subjects);
      break;
  }
  await writeFileAtomic(options.out, data, { force: options.force });
  return {
    out: options.out,
    bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength,
    subjects: subjects?.length ?? 1,
    questionnaire: { id: q.id, version: q.version },
  };
}

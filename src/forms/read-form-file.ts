import { decodeText } from '../io/text-file.js';
import { isReadinessError } from '../errors/readiness-error.js';
import { diagnose } from '../diagnostics/diagnostic.js';
import type { Questionnaire } from '../questionnaire/model.js';
import type { DecimalMark, Separator } from './csv-layout.js';
import { readCsvForm } from './csv-read.js';
import { FORM_RULES } from './form-rules.js';
import { readResponseFile } from './fhir-response-file.js';
import type { FormFileResult } from './submission.js';
import { readXlsxForm } from './xlsx-read.js';

/** The files `readiness import` reads, by extension. */
export const FORM_FILE = /\.(xlsx|csv|tsv|txt|json|ndjson)$/i;

export interface ReadFormOptions {
  lang: string;
  separator?: Separator;
  decimal?: DecimalMark;
}

/** Reads one filled form of any format (by its extension): xlsx, CSV, or FHIR QuestionnaireResponse JSON / NDJSON. */
export async function readFormFile(
  file: string,
  bytes: Uint8Array,
  q: Questionnaire,
  options: ReadFormOptions,
): Promise<FormFileResult> {
  if (/\.xlsx$/i.test(file)) return readXlsxForm(file, bytes, q, options.lang);
  let text: string;
  try {
    text = decodeText(file, bytes);
  } catch (error) {
    if (!isReadinessError(error)) throw error;
    return {
      submissions: [],
      fileDiagnostics: [diagnose(FORM_RULES, 'form.unreadable', { file }, { format: 'text', reason: error.message })],
    };
  }
  if (/\.(json|ndjson)$/i.test(file)) return readResponseFile(file, text, q, options.lang);
  return readCsvForm(file, text, q, options);
}

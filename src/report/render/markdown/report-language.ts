import { LANGUAGES, type Language } from '../../i18n/languages.js';
import type { ReportModel } from '../../report-model.js';

/** The language of the report's own words: the model's, when it has a catalogue, else English. */
export function reportLanguage(model: Pick<ReportModel, 'language'>): Language {
  return (LANGUAGES as readonly string[]).includes(model.language) ? (model.language as Language) : 'en';
}

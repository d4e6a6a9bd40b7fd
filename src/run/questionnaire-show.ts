import { QuestionnaireCatalog } from '../questionnaire/catalog.js';
import { loadQuestionnaire, type LoadedQuestionnaire } from '../questionnaire/load-questionnaire.js';
import { outlineQuestionnaire, type QuestionnaireOutline } from '../questionnaire/outline.js';

/** A questionnaire named on the command line: a file (ending in .yaml / .yml), else a shipped id. */
export async function questionnaireNamed(idOrFile: string): Promise<LoadedQuestionnaire> {
  return /\.ya?ml$/i.test(idOrFile) ? loadQuestionnaire(idOrFile) : new QuestionnaireCatalog().get(idOrFile);
}

/** `readiness questionnaire show`: the outline of a shipped questionnaire (by id) or a questionnaire file. */
export async function showQuestionnaire(idOrFile: string, lang = 'en'): Promise<QuestionnaireOutline> {
  return outlineQuestionnaire((await questionnaireNamed(idOrFile)).questionnaire, lang);
}

// Checks a QuestionnaireResponse against its Questionnaire when that is loaded: linkIds, answers,
// required items and repeats (https://hl7.org/fhir/R4/questionnaireresponse.html).
import type { QuestionnaireItem } from '../definitions/conformance-resources.js';
import type { EngineEnv } from './engine-env.js';
import { isObject } from './engine-env.js';
import { ANSWER_TYPES, checkAnswer, extValues } from './questionnaire-answer-checks.js';
import { report, type WalkState } from './walk-state.js';

/** Item types whose items carry answers (not group, not display). */
const ANSWERED: ReadonlySet<string> = new Set(Object.keys(ANSWER_TYPES));
const OPTION_EXCLUSIVE = 'http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive';

/** Whether the answer picks an answerOption flagged exclusive (questionnaire-optionExclusive = true). */
function isExclusiveOption(def: QuestionnaireItem, answer: Record<string, unknown>): boolean {
  const key = Object.keys(answer).find((k) => k.startsWith('value'));
  if (!key) return false;
  const value = answer[key];
  return (def.answerOption ?? []).some((o) => {
    const flagged =
      Array.isArray(o.extension) &&
      o.extension.some((e) => isObject(e) && e.url === OPTION_EXCLUSIVE && e.valueBoolean === true);
    const option = o[key];
    if (!flagged || option === undefined) return false;
    return isObject(value) && isObject(option)
      ? option.code === value.code && option.system === value.system
      : option === value;
  });
}

function checkItems(
  state: WalkState,
  types: ReadonlySet<string>,
  defs: readonly QuestionnaireItem[],
  items: unknown,
  path: string,
  depth: number,
): void {
  if (depth > 50) return;
  const list = Array.isArray(items) ? items.filter(isObject) : [];
  const byLink = new Map<string, number>();
  list.forEach((item, i) => {
    const at = `${path}.item[${i}]`;
    const linkId = typeof item.linkId === 'string' ? item.linkId : '';
    const def = defs.find((d) => d.linkId === linkId);
    if (!def) {
      report(state, 'fhir.questionnaire.answer', at, 'linkId not found in the questionnaire at this level', { linkId });
      return;
    }
    byLink.set(linkId, (byLink.get(linkId) ?? 0) + 1);
    if (byLink.get(linkId) === 2 && !def.repeats)
      report(state, 'fhir.questionnaire.answer', at, 'only one response item with this linkId is allowed', { linkId });
    const answers = Array.isArray(item.answer) ? item.answer.filter(isObject) : [];
    const [maxOccurs] = extValues(def, 'questionnaire-maxOccurs');
    const [minOccurs] = extValues(def, 'questionnaire-minOccurs');
    if (!def.repeats && answers.length > 1)
      report(state, 'fhir.questionnaire.answer', at, 'the item does not repeat: only one answer is allowed', {
        linkId,
      });
    if (typeof maxOccurs === 'number' && answers.length > maxOccurs)
      report(state, 'fhir.questionnaire.answer', at, `at most ${maxOccurs} answers are allowed`, { linkId });
    if (typeof minOccurs === 'number' && answers.length < minOccurs)
      report(state, 'fhir.questionnaire.answer', at, `at least ${minOccurs} answers are required`, { linkId });
    if (def.type === 'group' && def.required && !(Array.isArray(item.item) && item.item.length > 0))
      report(state, 'fhir.questionnaire.answer', at, 'a required group has no sub-items', { linkId });
    if (def.required && ANSWERED.has(def.type) && answers.length === 0)
      report(state, 'fhir.questionnaire.answer', at, 'a required item has no answer', { linkId });
    const exclusive = answers.findIndex((a) => isExclusiveOption(def, a));
    if (exclusive >= 0 && answers.length > 1)
      report(
        state,
        'fhir.questionnaire.answer',
        `${at}.answer[${exclusive}]`,
        'this answer is an exclusive option: no other answer may be given with it',
        { linkId },
      );
    answers.forEach((a, j) => {
      checkAnswer(state, def, a, `${at}.answer[${j}]`, types);
      if (a.item !== undefined) checkItems(state, types, def.item ?? [], a.item, `${at}.answer[${j}]`, depth + 1);
    });
    if (item.item !== undefined) checkItems(state, types, def.item ?? [], item.item, at, depth + 1);
  });
  for (const def of defs) {
    if (def.required && !def.enableWhen && !byLink.has(def.linkId))
      report(state, 'fhir.questionnaire.answer', path, `required item '${def.linkId}' has no response`, {
        linkId: def.linkId,
      });
  }
}

/** Checks a QuestionnaireResponse whose questionnaire is loaded; says so when it is not. */
export function checkQuestionnaireResponse(
  env: EngineEnv,
  state: WalkState,
  qr: Record<string, unknown>,
  path: string,
): void {
  if (typeof qr.questionnaire !== 'string') return;
  const q = env.store.questionnaire(qr.questionnaire);
  if (!q) return;
  checkItems(state, env.store.resourceTypes, q.item ?? [], qr.item, path, 0);
}

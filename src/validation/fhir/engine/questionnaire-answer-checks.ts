// Checks one QuestionnaireResponse answer against its Questionnaire item: value type, answer
// options, limits carried as extensions (https://hl7.org/fhir/R4/questionnaireresponse.html#link).
import type { QuestionnaireItem } from '../definitions/conformance-resources.js';
import { isObject } from './engine-env.js';
import { jsonContains } from './json-equality.js';
import { quantityDifference } from './quantity-compare.js';
import { report, type WalkState } from './walk-state.js';
import { shownValue } from '../../redact.js';
import { plainTable } from '../plain-table.js';

const EXT = 'http://hl7.org/fhir/StructureDefinition/';

/** The answer value[x] keys each item type accepts. */
export const ANSWER_TYPES = plainTable<readonly string[]>({
  boolean: ['valueBoolean'],
  decimal: ['valueDecimal'],
  integer: ['valueInteger'],
  date: ['valueDate'],
  dateTime: ['valueDateTime'],
  time: ['valueTime'],
  string: ['valueString'],
  text: ['valueString'],
  url: ['valueUri'],
  choice: ['valueCoding', 'valueString', 'valueInteger', 'valueDate', 'valueTime', 'valueReference'],
  'open-choice': ['valueCoding', 'valueString', 'valueInteger', 'valueDate', 'valueTime', 'valueReference'],
  attachment: ['valueAttachment'],
  reference: ['valueReference'],
  quantity: ['valueQuantity'],
});

/** The item types of R4 (questionnaire.html#item-type): the codes a finding may echo. */
const ITEM_TYPES: ReadonlySet<unknown> = new Set(['group', 'display', 'question', ...Object.keys(ANSWER_TYPES)]);

/** Values of the item's extensions with `url` (relative to the core extension space or absolute). */
export function extValues(item: QuestionnaireItem, url: string): unknown[] {
  const full = url.includes('://') ? url : EXT + url;
  const out: unknown[] = [];
  for (const e of item.extension ?? []) {
    if (e.url !== full) continue;
    const key = Object.keys(e).find((k) => k.startsWith('value'));
    if (key) out.push(e[key]);
  }
  return out;
}

function comparable(v: unknown): string | number | undefined {
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (isObject(v) && typeof v.value === 'number') return v.value;
  return undefined;
}

/** Digits after the decimal point of a JSON number as written (1.50 is read as 1.5 by JSON.parse). */
function decimalPlaces(v: number): number {
  const [mantissa = '', exponent] = String(v).toLowerCase().split('e');
  const digits = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, digits - Number(exponent ?? 0));
}

function checkLimits(state: WalkState, item: QuestionnaireItem, value: unknown, path: string): void {
  const v = comparable(value);
  if (v === undefined) return;
  const [min] = extValues(item, 'minValue').map(comparable);
  const [max] = extValues(item, 'maxValue').map(comparable);
  if (min !== undefined && typeof min === typeof v && v < min)
    report(
      state,
      'fhir.questionnaire.answer',
      path,
      'answer is below the minimum the item allows',
      { linkId: item.linkId },
      value,
    );
  if (max !== undefined && typeof max === typeof v && v > max)
    report(
      state,
      'fhir.questionnaire.answer',
      path,
      'answer is above the maximum the item allows',
      { linkId: item.linkId },
      value,
    );
  const [places] = extValues(item, 'maxDecimalPlaces');
  if (typeof value === 'number' && typeof places === 'number' && decimalPlaces(value) > places)
    report(
      state,
      'fhir.questionnaire.answer',
      path,
      `answer has more than the ${places} decimal places the item allows`,
      { linkId: item.linkId },
      value,
    );
  if (typeof value === 'string') {
    const [minLength] = extValues(item, 'minLength');
    if (typeof minLength === 'number' && value.length < minLength)
      report(state, 'fhir.questionnaire.answer', path, `answer is shorter than ${minLength} characters`, {
        linkId: item.linkId,
      });
    if (item.maxLength !== undefined && value.length > item.maxLength)
      report(state, 'fhir.questionnaire.answer', path, `answer is longer than ${item.maxLength} characters`, {
        linkId: item.linkId,
      });
    const [regex] = extValues(item, 'regex');
    if (typeof regex === 'string') {
      let ok = true;
      try {
        ok = new RegExp(`^(?:${regex})$`).test(value);
      } catch {
        ok = true;
      }
      if (!ok)
        report(
          state,
          'fhir.questionnaire.answer',
          path,
          'answer does not match the format the item requires',
          { linkId: item.linkId },
          value,
        );
    }
  }
}

function checkOptions(state: WalkState, item: QuestionnaireItem, key: string, value: unknown, path: string): void {
  if (!item.answerOption || item.answerOption.length === 0) return;
  if (item.type === 'open-choice' && key === 'valueString') return;
  const ok = item.answerOption.some((o) => {
    const option = o[key];
    if (option === undefined) return false;
    return isObject(option) && isObject(value)
      ? option.code === value.code && (option.system === undefined || option.system === value.system)
      : jsonContains(value, option);
  });
  if (!ok)
    report(
      state,
      'fhir.questionnaire.answer',
      path,
      'answer is not one of the options the item permits',
      { linkId: item.linkId },
      value,
    );
}

function checkSpecial(
  state: WalkState,
  item: QuestionnaireItem,
  key: string,
  value: unknown,
  path: string,
  resourceTypes: ReadonlySet<string>,
): void {
  if (key === 'valueAttachment' && isObject(value)) {
    const types = extValues(item, 'mimeType');
    if (types.length > 0 && typeof value.contentType === 'string' && !types.includes(value.contentType))
      report(state, 'fhir.questionnaire.answer', path, 'attachment type is not one the item allows', {
        linkId: item.linkId,
      });
    const [maxSize] = extValues(item, 'maxSize');
    if (typeof maxSize === 'number' && typeof value.size === 'number' && value.size > maxSize)
      report(state, 'fhir.questionnaire.answer', path, `attachment is larger than ${maxSize} bytes`, {
        linkId: item.linkId,
      });
  }
  if (key === 'valueQuantity' && isObject(value)) {
    const sdc = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-';
    for (const [which, sign] of [
      ['minQuantity', -1],
      ['maxQuantity', 1],
    ] as const) {
      const [limit] = extValues(item, sdc + which);
      if (limit === undefined) continue;
      const diff = quantityDifference(value, limit);
      if (diff === undefined)
        report(
          state,
          'fhir.questionnaire.answer',
          path,
          `the quantity cannot be compared with the ${which === 'minQuantity' ? 'minimum' : 'maximum'} allowed (no UCUM units that convert)`,
          { linkId: item.linkId },
        );
      else if (diff * sign > 0)
        report(
          state,
          'fhir.questionnaire.answer',
          path,
          `the quantity is ${sign < 0 ? 'below the minimum' : 'above the maximum'} allowed`,
          { linkId: item.linkId },
          value,
        );
    }
    if (extValues(item, 'questionnaire-unitValueSet').length > 0 && typeof value.code !== 'string')
      report(
        state,
        'fhir.questionnaire.answer',
        path,
        'the quantity has no unit code, so its unit cannot be in the unit value set of the item',
        { linkId: item.linkId },
      );
    const units = extValues(item, 'questionnaire-unitOption').filter(isObject);
    if (units.length > 0 && !units.some((u) => u.code === value.code && u.system === value.system))
      report(state, 'fhir.questionnaire.answer', path, 'unit is not one the item allows', { linkId: item.linkId });
  }
  if (key === 'valueReference' && isObject(value) && typeof value.reference === 'string') {
    const allowed = extValues(item, 'questionnaire-referenceResource').filter(
      (t): t is string => typeof t === 'string',
    );
    const type = /(?:^|\/)([A-Z][A-Za-z]+)\/[^/]+$/.exec(value.reference)?.[1];
    const named = /^(?:[a-z]+:\/\/[^/]+(?:\/[^/]+)*?\/)?([A-Z][A-Za-z]+)\/[A-Za-z0-9\-.]{1,64}$/.exec(
      value.reference,
    )?.[1];
    if (named && !resourceTypes.has(named))
      report(
        state,
        'fhir.questionnaire.answer',
        path,
        `${shownValue(named, state.showValues)} is not a resource type`,
        { linkId: item.linkId },
      );
    else if (allowed.length > 0 && type && !allowed.includes(type))
      report(state, 'fhir.questionnaire.answer', path, `a reference to ${type} is not allowed for this item`, {
        linkId: item.linkId,
        type,
      });
  }
}

/** Checks one answer object against its item. */
export function checkAnswer(
  state: WalkState,
  item: QuestionnaireItem,
  answer: Record<string, unknown>,
  path: string,
  resourceTypes: ReadonlySet<string>,
): void {
  const key = Object.keys(answer).find((k) => k.startsWith('value'));
  if (!key) return;
  const allowed = ANSWER_TYPES[item.type];
  if (!allowed) {
    // item.type is a code, but one the data may have made up: echoed only when it is one of R4's.
    const type = ITEM_TYPES.has(item.type) ? item.type : shownValue(String(item.type), state.showValues);
    report(state, 'fhir.questionnaire.answer', path, `items of type ${type} should not have answers`, {
      linkId: item.linkId,
      type,
    });
    return;
  }
  if (!allowed.includes(key)) {
    report(
      state,
      'fhir.questionnaire.answer',
      `${path}.${key}`,
      `answer must be of the type the item (${item.type}) requires, not ${key.slice(5)}`,
      { linkId: item.linkId, type: item.type },
    );
    return;
  }
  const value = answer[key];
  checkLimits(state, item, value, `${path}.${key}`);
  checkOptions(state, item, key, value, `${path}.${key}`);
  checkSpecial(state, item, key, value, `${path}.${key}`, resourceTypes);
}

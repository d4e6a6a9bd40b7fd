import type { AnswerValue } from '../../scoring/scorecard.js';
import type { Language } from '../i18n/languages.js';
import { t } from '../i18n/translate.js';

/** An answer or a condition value in words (in `lang`): labels as given, lists joined, booleans as yes/no. */
export function answerText(
  value: AnswerValue | number | null | undefined,
  label?: string,
  lang: Language = 'en',
): string | null {
  if (label !== undefined && label !== '') return label;
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length === 0 ? t(lang, 'answer.none') : value.join(', ');
  if (typeof value === 'boolean') return t(lang, value ? 'answer.yes' : 'answer.no');
  return String(value);
}

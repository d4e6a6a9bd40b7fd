import type { AnswerValue } from '../../scoring/scorecard.js';

/** An answer or a condition value in words: labels as given, lists joined, booleans as yes/no. */
export function answerText(value: AnswerValue | number | null | undefined, label?: string): string | null {
  if (label !== undefined && label !== '') return label;
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

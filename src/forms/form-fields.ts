import type { Indicator, Questionnaire } from '../questionnaire/model.js';
import { pickText } from '../questionnaire/text.js';

/** The subject fields every form asks first, in this order (the keys of a {@link FormSubject}). */
export const SUBJECT_FIELDS = ['id', 'name', 'kind', 'country', 'region', 'period', 'respondent', 'date'] as const;
export type SubjectField = (typeof SUBJECT_FIELDS)[number];

/** What a form says about its subject; empty fields are left out. */
export type FormSubject = Partial<Record<SubjectField, string>>;

/** What each subject field means, for the form's explanation column. */
export const SUBJECT_FIELD_HELP: Record<SubjectField, string> = {
  id: 'stable id: lower-case letters, digits and "-", e.g. de-uka',
  name: 'name of the hospital, region or country',
  kind: 'site, region or country',
  country: 'ISO 3166-1 alpha-2 code, e.g. DE',
  region: 'region (name or NUTS code), optional',
  period: 'period the answers describe: 2026, 2026-H1, 2026-Q3, 2026-05',
  respondent: 'who answered (name, role or office)',
  date: 'date of the answers, YYYY-MM-DD',
};

/** The answer sources an answer may have. */
export const SOURCES = ['self-reported', 'documented', 'verified'] as const;

/** One allowed answer of a closed indicator: its value, and the text a drop-down shows. */
export interface FormChoice {
  value: string | number | boolean;
  entry: string;
}

/** The closed answers of an indicator (boolean, level, choice, multi), as a drop-down lists them. */
export function formChoices(indicator: Indicator, lang: string): FormChoice[] {
  switch (indicator.type) {
    case 'boolean':
      return [
        { value: true, entry: 'yes' },
        { value: false, entry: 'no' },
      ];
    case 'level':
      return (indicator.levels ?? []).map((l) => ({
        value: l.value,
        entry: `${l.value} = ${pickText(l.label, lang)}`,
      }));
    case 'choice':
    case 'multi':
      return (indicator.options ?? []).map((o) => ({
        value: o.value,
        entry: `${o.value} = ${pickText(o.label, lang)}`,
      }));
    default:
      return [];
  }
}

/** The range a numeric answer is entered in (a fraction indicator's as fractions). */
export function formRange(indicator: Indicator): { min?: number; max?: number } {
  if (indicator.type === 'percentage') {
    const scale = indicator.fraction ? 100 : 1;
    return {
      min: Math.max(0, indicator.range?.min ?? 0) / scale,
      max: Math.min(100, indicator.range?.max ?? 100) / scale,
    };
  }
  if (indicator.type === 'number') return { min: indicator.range?.min, max: indicator.range?.max };
  return {};
}

/** How to answer an indicator, in one line for people (the form's "allowed" column). */
export function allowedText(indicator: Indicator, lang: string): string {
  const range = formRange(indicator);
  switch (indicator.type) {
    case 'boolean':
      return 'yes or no';
    case 'level':
    case 'choice':
      return `one of: ${formChoices(indicator, lang)
        .map((c) => c.entry)
        .join('; ')}`;
    case 'multi':
      return `any of (values separated by "|", "none" for none): ${formChoices(indicator, lang)
        .map((c) => c.entry)
        .join('; ')}`;
    case 'percentage':
      return indicator.fraction
        ? `a fraction from ${range.min} to ${range.max} (0.85 for 85 %)`
        : `a percentage from ${range.min} to ${range.max}`;
    case 'number':
      return `a number${indicator.unit ? ` in ${indicator.unit}` : ''}${
        range.min !== undefined || range.max !== undefined ? ` from ${range.min ?? '-∞'} to ${range.max ?? '∞'}` : ''
      }`;
  }
}

/** The question of an indicator: its question, else its title. */
export function questionText(indicator: Indicator, lang: string): string {
  return pickText(indicator.question ?? indicator.title, lang);
}

/** Every indicator of a questionnaire with its domain id, in questionnaire order. */
export function formIndicators(questionnaire: Questionnaire): { domain: string; indicator: Indicator }[] {
  return questionnaire.domains.flatMap((d) => d.indicators.map((indicator) => ({ domain: d.id, indicator })));
}

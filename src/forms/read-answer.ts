import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnose } from '../diagnostics/diagnostic.js';
import type { Location } from '../errors/location.js';
import { isUnknownValue } from '../questionnaire/assessment-model.js';
import { indicatorType } from '../questionnaire/indicator-types/index.js';
import { fractionToPercentage, looksLikeFraction } from '../questionnaire/indicator-types/percentage.js';
import type { RawValue } from '../questionnaire/assessment-model.js';
import type { Indicator } from '../questionnaire/model.js';
import { formChoices } from './form-fields.js';
import { FORM_RULES } from './form-rules.js';

/** A cell as a reader hands it over: typed by the spreadsheet, or text. */
export type CellValue = string | number | boolean | null;

/** A number written with `decimal` as its decimal mark ("85,5" with ","), or undefined when it is not one. */
export function parseNumber(text: string, decimal: '.' | ','): number | undefined {
  const t = text.trim().replace(/\s+/g, '');
  const normal = decimal === ',' ? (t.includes('.') ? '' : t.replace(',', '.')) : t.includes(',') ? '' : t;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normal)) return undefined;
  return Number(normal);
}

function choiceValue(indicator: Indicator, text: string, lang: string): RawValue {
  const t = text.trim();
  for (const c of formChoices(indicator, lang))
    if (c.entry === t || String(c.value) === t || (typeof c.value === 'boolean' && String(c.value) === t.toLowerCase()))
      return c.value;
  // "2 = Some label" in another language: the value before " = ".
  const head = /^(.+?) = /.exec(t)?.[1];
  if (head !== undefined) return choiceValue(indicator, head, lang);
  return t;
}

/** A cell as the answer value of an indicator (before it is checked); empty and `unknown` are null. */
export function cellToValue(indicator: Indicator, cell: CellValue, lang: string, decimal: '.' | ','): RawValue {
  if (cell === null) return null;
  if (typeof cell === 'string' && (cell.trim() === '' || cell.trim().toLowerCase() === 'unknown')) return null;
  switch (indicator.type) {
    case 'boolean': {
      if (typeof cell === 'boolean') return cell;
      const t = String(cell).trim().toLowerCase();
      return t === 'yes' || t === 'true' ? true : t === 'no' || t === 'false' ? false : String(cell);
    }
    case 'level':
    case 'percentage':
    case 'number': {
      if (typeof cell === 'number') return cell;
      if (typeof cell === 'boolean') return String(cell);
      const chosen = indicator.type === 'level' ? choiceValue(indicator, cell, lang) : cell.trim();
      if (typeof chosen === 'number') return chosen;
      const n = parseNumber(String(chosen), decimal);
      return n ?? String(chosen);
    }
    case 'choice':
      return choiceValue(indicator, String(cell), lang);
    case 'multi': {
      const t = String(cell).trim();
      if (t.toLowerCase() === 'none' || t === '[]') return [];
      return t
        .split(/[|;,]/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => String(choiceValue(indicator, p, lang)));
    }
  }
}

/**
 * Checks an answer value by the rules `assess` applies (the questionnaire's answer checks): a
 * wrong type or a value out of range is an error, a fraction given for a percentage a warning.
 */
export function checkFormAnswer(indicator: Indicator, value: RawValue, location: Location): Diagnostic[] {
  if (isUnknownValue(value)) return [];
  const mismatch = indicatorType(indicator).checker(indicator, true)(value);
  const out: Diagnostic[] = [];
  if (mismatch)
    out.push(
      diagnose(FORM_RULES, 'form.answer', location, {
        indicator: indicator.id,
        type: indicator.type,
        reason: mismatch.message,
        fix: mismatch.hint,
        check: mismatch.rule,
      }),
    );
  if (looksLikeFraction(indicator, value))
    out.push(
      diagnose(FORM_RULES, 'form.fraction', location, {
        indicator: indicator.id,
        value,
        percent: fractionToPercentage(value),
      }),
    );
  return out;
}

import type { Scorecard, ScorecardIndicator } from '../../scoring/scorecard.js';
import { round } from '../../numbers/round.js';
import type { SubjectGrid, SubjectRow } from '../report-model.js';
import type { Language } from '../i18n/languages.js';
import { t } from '../i18n/translate.js';

/** What a grid cell prints: the level or value answered, `?` for unknown, `–` for missing. */
function cellText(indicator: ScorecardIndicator | undefined, lang: Language): string {
  if (indicator === undefined || indicator.status === 'missing') return '–';
  const a = indicator.answer;
  if (a === null) return '?';
  if (typeof a === 'boolean') return t(lang, a ? 'answer.yes' : 'answer.no');
  if (typeof a === 'number') return String(round(a));
  if (Array.isArray(a)) return String(a.length);
  return indicator.score === null ? a : String(round(indicator.score));
}

/**
 * The subject x indicator grid of a national report (GDHM-style): one row per subject in the
 * report's order, one column per indicator in questionnaire order, each cell the answer (a level
 * prints its level, so a phase questionnaire shows its phases) and the score that colours it.
 */
export function subjectGrid(
  rows: readonly SubjectRow[],
  byKey: ReadonlyMap<string, Scorecard>,
  lang: Language = 'en',
): SubjectGrid {
  const first = byKey.values().next().value;
  const domainNumber = new Map<string, number>();
  const indicators: SubjectGrid['indicators'] = [];
  let inDomain = 0;
  for (const i of first?.indicators ?? []) {
    if (!domainNumber.has(i.domain)) {
      domainNumber.set(i.domain, domainNumber.size + 1);
      inDomain = 0;
    }
    inDomain++;
    indicators.push({ id: i.id, code: `${domainNumber.get(i.domain)}.${inDomain}`, domain: i.domain, title: i.title });
  }
  return {
    indicators,
    rows: rows.map((row) => {
      const card = byKey.get(row.key);
      const found = new Map((card?.indicators ?? []).map((i) => [i.id, i]));
      return {
        key: row.key,
        label: row.label,
        country: row.country,
        cells: indicators.map((c) => {
          const i = found.get(c.id);
          return { text: cellText(i, lang), score: i?.score === null || i === undefined ? null : round(i.score) };
        }),
      };
    }),
  };
}

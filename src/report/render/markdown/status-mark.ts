import type { IndicatorRow } from '../../report-model.js';
import type { Translator } from '../../i18n/translate.js';

/** The mark of an indicator in tables: a symbol and a word, so it reads without colour. */
export function scoreMark(row: IndicatorRow, t: Translator): string {
  if (row.status !== 'answered') return t(`status.${row.status}`);
  if (row.score === null) return t('status.answered');
  return row.score >= 100 ? t('mark.full') : row.score > 0 ? t('mark.partial') : t('mark.none');
}

import type { IndicatorRow } from '../../model/report-model.js';

/** The status mark of an indicator in tables: a symbol and a word, so it reads without colour. */
export const STATUS_MARKS: Readonly<Record<IndicatorRow['status'], string>> = {
  answered: '✓ answered',
  unknown: '? unknown',
  missing: '– missing',
  expired: '! expired',
  imputed: '≈ imputed',
};

/** The mark of an answered indicator's score: full, partial or none. */
export function scoreMark(row: IndicatorRow): string {
  if (row.status !== 'answered') return STATUS_MARKS[row.status];
  if (row.score === null) return STATUS_MARKS.answered;
  return row.score >= 100 ? '● full' : row.score > 0 ? '◐ partial' : '○ none';
}

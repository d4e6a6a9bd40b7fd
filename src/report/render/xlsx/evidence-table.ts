import type { Table } from '../csv/table.js';

const COLUMNS = [
  'questionnaire',
  'version',
  'subject_key',
  'subject',
  'period',
  'domain',
  'indicator',
  'title',
  'source',
  'answer',
  'score',
  'evidence',
];

/**
 * The evidence sheet: the indicator rows whose answer rests on evidence (source verified, or an
 * evidence reference given), with the columns that say what backs them.
 */
export function evidenceTable(indicators: Table): Table {
  const at = COLUMNS.map((c) => indicators.header.indexOf(c));
  const source = indicators.header.indexOf('source');
  const evidence = indicators.header.indexOf('evidence');
  const rows = indicators.rows
    .filter((r) => r[source] === 'verified' || (typeof r[evidence] === 'string' && r[evidence] !== ''))
    .map((r) => at.map((i) => (i < 0 ? null : r[i])));
  return { header: COLUMNS, rows };
}

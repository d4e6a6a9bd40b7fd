import type { Scorecard } from '../../../scoring/scorecard.js';
import type { SubjectNamer } from '../../anonymise/pseudonym.js';
import { answerText } from '../../model/answer-text.js';
import { indicatorRows } from '../../model/indicator-rows.js';
import { csvDocument, type CsvFormat, type CsvValue } from './csv-format.js';
import type { Table } from './table.js';

const HEADER = [
  'questionnaire',
  'version',
  'subject_key',
  'subject',
  'period',
  'domain',
  'indicator',
  'title',
  'answer',
  'status',
  'score',
  'weight',
  'overall_weight',
  'source',
  'note',
  'evidence',
];

/**
 * indicators.csv: one row per subject and indicator of the latest scorecards, in report order
 * (questionnaire, then subject key, then the questionnaire's indicator order). Notes and evidence
 * are empty when anonymised.
 */
export function indicatorsCsv(latest: readonly Scorecard[], namer: SubjectNamer, format: CsvFormat): string {
  const { header, rows } = indicatorsTable(latest, namer);
  return csvDocument(header, rows, format);
}

/** The rows of indicators.csv (and of report.xlsx's indicators sheet), under stable column ids. */
export function indicatorsTable(latest: readonly Scorecard[], namer: SubjectNamer): Table {
  const cards = [...latest].sort((a, b) => {
    const ka = `${a.questionnaire.id}@${a.questionnaire.version}\u0000${namer.key(a.subject.id)}`;
    const kb = `${b.questionnaire.id}@${b.questionnaire.version}\u0000${namer.key(b.subject.id)}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  function* rows(): Generator<CsvValue[]> {
    for (const card of cards) {
      const key = namer.key(card.subject.id);
      for (const r of indicatorRows(card, namer)) {
        yield [
          card.questionnaire.id,
          card.questionnaire.version,
          key,
          r.subject,
          r.period,
          r.domain,
          r.id,
          r.title,
          answerText(r.answer, r.answerLabel ?? undefined),
          r.status,
          r.score,
          r.weight,
          r.overallWeight,
          r.source,
          r.note,
          r.evidence,
        ];
      }
    }
  }
  return { header: HEADER, rows: [...rows()] };
}

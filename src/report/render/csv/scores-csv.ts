import type { ReportModel } from '../../report-model.js';
import { csvDocument, type CsvFormat, type CsvValue } from './csv-format.js';
import type { Table } from './table.js';

/**
 * scores.csv: one row per subject and questionnaire (latest period): place, overall score with its
 * interval, rank (empty when not ranked) with its Monte Carlo 90 % interval, domains n/a, stage proven and possible (they differ when unknown gate answers leave the stage undetermined), coverage, source shares and one column per domain (`domain:<id>`; empty where a
 * domain belongs to another questionnaire). Place columns are empty when anonymised.
 */
export function scoresCsv(model: ReportModel, format: CsvFormat): string {
  const { header, rows } = scoresTable(model);
  return csvDocument(header, rows, format);
}

/** The rows of scores.csv (and of report.xlsx's scores sheet), under stable column ids. */
export function scoresTable(model: ReportModel): Table {
  const domainIds: string[] = [];
  for (const g of model.groups) for (const d of g.domains) if (!domainIds.includes(d.id)) domainIds.push(d.id);
  const header = [
    'questionnaire',
    'version',
    'subject_key',
    'subject',
    'kind',
    'country',
    'region',
    'type',
    'size',
    'period',
    'rank',
    'rank_low',
    'rank_high',
    'na_domains',
    'overall',
    'overall_low',
    'overall_high',
    'stage_id',
    'stage',
    'stage_possible_id',
    'stage_possible',
    'coverage',
    'share_verified',
    'share_documented',
    'share_self_reported',
    ...domainIds.map((id) => `domain:${id}`),
  ];
  const rows = model.groups.flatMap((g) =>
    g.subjects.map((s): CsvValue[] => {
      const byId = new Map(s.domains.map((d) => [d.id, d.score]));
      return [
        g.questionnaire.id,
        g.questionnaire.version,
        s.key,
        s.label,
        s.kind,
        s.country,
        s.region,
        s.type,
        s.size,
        s.period,
        s.rank,
        s.monteCarlo?.rank?.low,
        s.monteCarlo?.rank?.high,
        s.naDomains,
        s.overall,
        s.uncertainty?.low,
        s.uncertainty?.high,
        s.stage === null ? null : String(s.stage.id),
        s.stage?.label,
        s.stagePossible === null ? null : String(s.stagePossible.id),
        s.stagePossible?.label,
        s.coverage,
        s.sources.verified,
        s.sources.documented,
        s.sources['self-reported'],
        ...domainIds.map((id) => byId.get(id)),
      ];
    }),
  );
  return { header, rows };
}

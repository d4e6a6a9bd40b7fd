/**
 * Reports: scorecards in, a report model out, rendered as Markdown, HTML, CSV, JSON and PNG charts.
 * Pure: nothing here reads or writes files (the `report` command does, through src/io).
 */
export { buildReport } from './model/build-report.js';
export type { ReportOptions } from './model/report-options.js';
export type * from './report-model.js';
export { reportKind } from './report-kind.js';
export { renderReportFiles, type ReportFile } from './report-files.js';
export { renderMarkdown } from './render/markdown/report-markdown.js';
export { renderHtml } from './render/html/report-html.js';
export { scoresCsv } from './render/csv/scores-csv.js';
export { indicatorsCsv } from './render/csv/indicators-csv.js';
export { csvDocument, csvFormat, type CsvFormat } from './render/csv/csv-format.js';
export { reportWorkbook } from './render/xlsx/report-workbook.js';
export { round } from '../numbers/round.js';
export * from './i18n/index.js';
export { reportJson } from './render/report-json.js';
export { renderChart } from './charts/render-chart.js';
export { parseScorecard } from './input/parse-scorecard.js';
export { pseudonym, subjectNamer, type SubjectNamer } from './anonymise/pseudonym.js';
export { distribution } from './stats/distribution.js';
export { quantileSorted, median } from './stats/quantile.js';
export { escapeMarkdown } from './render/markdown/escape-markdown.js';
export { escapeHtml } from './render/html/escape-html.js';
export { InvalidScorecardError } from './errors/invalid-scorecard-error.js';
export { NoScorecardsError } from './errors/no-scorecards-error.js';
export { ReportUsageError } from './errors/report-usage-error.js';
export { default as reportSchema } from './report.schema.json' with { type: 'json' };
export { default as reportRunSchema } from './report-run.schema.json' with { type: 'json' };

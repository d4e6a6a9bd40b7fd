import type { Scorecard } from '../scoring/scorecard.js';
import { subjectNamer } from './anonymise/pseudonym.js';
import { renderChart } from './charts/render-chart.js';
import { buildReport } from './model/build-report.js';
import { groupScorecards } from './model/group-scorecards.js';
import type { ReportModel } from './report-model.js';
import type { ReportOptions } from './model/report-options.js';
import { csvDocument, csvFormat } from './render/csv/csv-format.js';
import { indicatorsTable } from './render/csv/indicators-csv.js';
import { scoresTable } from './render/csv/scores-csv.js';
import { evidenceTable } from './render/xlsx/evidence-table.js';
import { reportWorkbook } from './render/xlsx/report-workbook.js';
import { renderHtml } from './render/html/report-html.js';
import { chartPath } from './render/markdown/chart-block.js';
import { renderMarkdown } from './render/markdown/report-markdown.js';
import { reportJson } from './render/report-json.js';

/** One output file of a report: its path relative to the output folder, and its content. */
export interface ReportFile {
  path: string;
  data: string | Uint8Array;
}

/**
 * Everything a report folder holds, computed in memory (nothing is written here): report.md,
 * charts/*.png, index.html, scores.csv, indicators.csv, report.xlsx and report.json, in that order.
 * The command writes them; a library user can do anything else with them.
 */
export async function renderReportFiles(
  scorecards: readonly Scorecard[],
  options: ReportOptions,
): Promise<{ model: ReportModel; files: ReportFile[] }> {
  const model = buildReport(scorecards, options);
  const markdown = renderMarkdown(model);
  const charts = new Map<string, Uint8Array>();
  for (const group of model.groups) for (const spec of group.charts) charts.set(chartPath(spec), renderChart(spec));
  const latest = groupScorecards(scorecards).flatMap((g) =>
    [...g.bySubject.values()].map((cards) => cards[cards.length - 1] as Scorecard),
  );
  const format = csvFormat(model.language, options.csv);
  const scores = scoresTable(model);
  const indicators = indicatorsTable(latest, subjectNamer(options.salt));
  const files: ReportFile[] = [
    { path: 'report.md', data: markdown },
    ...[...charts].map(([path, data]) => ({ path, data })),
    { path: 'index.html', data: renderHtml(model, markdown, charts) },
    { path: 'scores.csv', data: csvDocument(scores.header, scores.rows, format) },
    { path: 'indicators.csv', data: csvDocument(indicators.header, indicators.rows, format) },
    { path: 'report.xlsx', data: await reportWorkbook({ scores, indicators, evidence: evidenceTable(indicators) }) },
    { path: 'report.json', data: reportJson(model) },
  ];
  return { model, files };
}

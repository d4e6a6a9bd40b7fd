import type { Scorecard } from '../scoring/scorecard.js';
import { subjectNamer } from './anonymise/pseudonym.js';
import { renderChart } from './charts/render-chart.js';
import { buildReport } from './model/build-report.js';
import { groupScorecards } from './model/group-scorecards.js';
import type { ReportModel } from './model/report-model.js';
import type { ReportOptions } from './model/report-options.js';
import { indicatorsCsv } from './render/csv/indicators-csv.js';
import { scoresCsv } from './render/csv/scores-csv.js';
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
 * charts/*.png, index.html, scores.csv, indicators.csv and report.json, in that order. The
 * command writes them; a library user can do anything else with them.
 */
export function renderReportFiles(
  scorecards: readonly Scorecard[],
  options: ReportOptions,
): { model: ReportModel; files: ReportFile[] } {
  const model = buildReport(scorecards, options);
  const markdown = renderMarkdown(model);
  const charts = new Map<string, Uint8Array>();
  for (const group of model.groups) for (const spec of group.charts) charts.set(chartPath(spec), renderChart(spec));
  const latest = groupScorecards(scorecards).flatMap((g) =>
    [...g.bySubject.values()].map((cards) => cards[cards.length - 1] as Scorecard),
  );
  const files: ReportFile[] = [
    { path: 'report.md', data: markdown },
    ...[...charts].map(([path, data]) => ({ path, data })),
    { path: 'index.html', data: renderHtml(model, markdown, charts) },
    { path: 'scores.csv', data: scoresCsv(model) },
    { path: 'indicators.csv', data: indicatorsCsv(latest, subjectNamer(options.salt)) },
    { path: 'report.json', data: reportJson(model) },
  ];
  return { model, files };
}

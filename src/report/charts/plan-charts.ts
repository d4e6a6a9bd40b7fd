import type { ChartSpec, ReportGroup } from '../report-model.js';
import type { Translator } from '../i18n/translate.js';
import { listsEverySubject } from '../report-kind.js';
import { breakdownChart, domainBoxplotChart, isDrawable } from './boxplot.js';
import { choroplethChart } from './choropleth.js';
import { heatmapChart } from './heatmap.js';
import { radarCharts } from './radar.js';
import { rankingChart } from './ranking.js';
import { referenceRadarChart } from './reference-radar.js';
import { stageDistributionChart } from './stage-distribution.js';
import { subjectGridChart } from './subject-grid-chart.js';
import { trendCharts } from './trend.js';

/** From this many subjects on, box plots of the distributions are drawn. */
const BOXPLOT_MIN_SUBJECTS = 5;

/**
 * The charts of a group, in reading order, chosen by its kind and size: a self-audit gets its
 * radar; a consortium ranking, heatmap, radar overlays and stages; a large or national group box
 * plots, breakdowns and (for countries, unless anonymised) the map; any group with several periods
 * per subject trend lines.
 */
export function planCharts(
  slug: string,
  group: Omit<ReportGroup, 'charts'>,
  anonymised: boolean,
  tr: Translator,
): ChartSpec[] {
  const charts: ChartSpec[] = [];
  const n = group.subjects.length;
  const listed = listsEverySubject(n);
  if (group.selfAudit) {
    const row = group.subjects[0];
    charts.push(
      referenceRadarChart(
        `${slug}-radar`,
        group.selfAudit,
        row ? row.domains.map((d) => d.score) : [],
        group.domains,
        tr,
      ),
    );
  } else {
    if (group.subjectKinds.includes('country') && !anonymised) {
      const map = choroplethChart(`${slug}-map`, group.subjects, tr);
      if (map) charts.push(map);
    }
    if (group.grid) charts.push(subjectGridChart(`${slug}-grid`, group.grid, tr));
    if (listed)
      charts.push(
        rankingChart(`${slug}-ranking`, group.subjects, tr),
        heatmapChart(`${slug}-heatmap`, group.subjects, group.domains, tr),
      );
    if (n >= BOXPLOT_MIN_SUBJECTS) charts.push(domainBoxplotChart(`${slug}-boxplot`, group, tr));
    charts.push(stageDistributionChart(`${slug}-stages`, group.stages, tr));
    if (listed) charts.push(...radarCharts(`${slug}-radar`, group.subjects, group.domains, tr));
    // A breakdown is drawn when at least two of its groups can have a box.
    for (const b of group.breakdowns)
      if (b.groups.filter(isDrawable).length >= 2) charts.push(breakdownChart(`${slug}-by-${b.by}`, b, tr));
  }
  if (group.trends.length > 0) charts.push(...trendCharts(`${slug}-trend`, group.trends, group.domains, tr));
  return charts;
}

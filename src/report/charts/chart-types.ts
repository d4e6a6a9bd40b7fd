import type { ChartSpec } from '../report-model.js';
import { boxplotConfig } from './boxplot.js';
import type { ChartConfigBuilder } from './chart-config.js';
import { choroplethConfig } from './choropleth.js';
import { heatmapConfig } from './heatmap.js';
import { radarConfig } from './radar.js';
import { rankingConfig } from './ranking.js';
import { referenceRadarConfig } from './reference-radar.js';
import { stageDistributionConfig } from './stage-distribution.js';
import { trendConfig } from './trend.js';

/** The registry of chart types: each spec type and the builder of its chart.js configuration. */
export const CHART_TYPES: Readonly<Record<ChartSpec['type'], ChartConfigBuilder>> = {
  ranking: rankingConfig,
  heatmap: heatmapConfig,
  radar: radarConfig,
  'reference-radar': referenceRadarConfig,
  'stage-distribution': stageDistributionConfig,
  boxplot: boxplotConfig,
  breakdown: boxplotConfig,
  choropleth: choroplethConfig,
  trend: trendConfig,
  grid: heatmapConfig,
};

import type { ReportModel } from '../../report-model.js';
import type { Words } from '../words.js';
import { DEFAULT_CONTRADICTION_POINTS } from '../../model/evidence-entries.js';
import { escapeMarkdown } from './escape-markdown.js';
import { markdownTable, type Cell } from './markdown-table.js';

/** The Monte Carlo method in words (OECD/JRC Handbook on Constructing Composite Indicators, 2008). */
function uncertaintyWords(u: NonNullable<ReportModel['groups'][number]['uncertainty']>, w: Words): string {
  const { t } = w;
  const aggregation =
    u.aggregations.length > 1
      ? t('method.mc.aggregationVaried', { list: u.aggregations.join(' / ') })
      : t('method.mc.aggregationFixed', { aggregation: u.aggregations.join('') });
  return t('method.mc', {
    draws: w.count(u.draws),
    seed: u.seed,
    range: w.share(u.weightRange),
    aggregation,
    probability: String(u.selfReported),
    estimator: escapeMarkdown(u.estimator),
  });
}

/** How every number was made: questionnaires (id, version, content hash), tool, scoring and statistics rules, privacy. */
export function methodSection(model: ReportModel, w: Words): string {
  const { t } = w;
  // Hashes are hex (checked by the scorecard schema): shown as code, so they wrap anywhere.
  const hashes = (list: string[]): Cell => ({
    md: list.map((h) => (/^sha256:[0-9a-f]{64}$/.test(h) ? `\`${h}\`` : escapeMarkdown(h))).join(' '),
  });
  const rows = model.groups.map((g): Cell[] => [
    g.questionnaire.id,
    g.questionnaire.version,
    hashes(g.questionnaire.hashes),
    g.tools.join(', '),
    w.count(g.scorecards),
  ]);
  const which = (g: ReportModel['groups'][number]): string =>
    `${escapeMarkdown(g.questionnaire.id)} ${escapeMarkdown(g.questionnaire.version)}`;
  const tool = `${escapeMarkdown(model.tool.name)} ${escapeMarkdown(model.tool.version)}`;
  const parts = [
    `## ${t('method.heading')}`,
    '',
    t('method.scoring'),
    '',
    t('method.statistics'),
    '',
    // One threshold for the whole report (every group is built with it).
    t('method.contradiction', {
      threshold: w.points(model.groups[0]?.contradictionPoints ?? DEFAULT_CONTRADICTION_POINTS),
    }),
    '',
    ...model.groups.flatMap((g) => [`${which(g)}: ${escapeMarkdown(g.missingData.text)}`, '']),
    ...model.groups.flatMap((g) => (g.uncertainty ? [`${which(g)}: ${uncertaintyWords(g.uncertainty, w)}`, ''] : [])),
    markdownTable(
      [t('method.questionnaire'), t('method.version'), t('method.hash'), t('method.scoredBy'), t('method.scorecards')],
      rows,
    ),
    '',
    `${model.date ? t('method.writtenOn', { tool, date: escapeMarkdown(w.date(model.date)) }) : t('method.written', { tool })} ${t('method.rerun')}`,
  ];
  const groups = t('method.smallGroups', { min: w.count(model.minGroup), min2: w.count(2 * model.minGroup) });
  if (model.anonymised) parts.push('', `${t('method.privacy')} ${groups}`);
  else if (model.minGroup > 1) parts.push('', groups);
  return parts.join('\n');
}

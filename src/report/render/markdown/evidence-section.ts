import type { Language } from '../../i18n/languages.js';
import { t } from '../../i18n/translate.js';
import { metricCounts } from '../../i18n/metric-words.js';
import type { EvidenceEntry, ReportGroup } from '../../report-model.js';
import { escapeMarkdown } from './escape-markdown.js';
import { wordsFor } from '../words.js';
import { markdownTable, type Cell } from './markdown-table.js';

const claimedCell = (e: EvidenceEntry, lang: Language): string =>
  e.claimed === null ? '—' : typeof e.claimed === 'number' ? wordsFor(lang).score(e.claimed) : e.claimed;
const diffCell = (e: EvidenceEntry, lang: Language): string =>
  e.difference === null ? '—' : wordsFor(lang).delta(e.difference);

/**
 * "What was measured": every answer a measurement replaced, with the claim, the measured value, the
 * difference, the metric and its sample, the summary's own "without errors" share and the summary
 * file; contradictions first (⚠); then what each metric used counts.
 */
export function evidenceSection(group: ReportGroup, h: string, lang: Language): string {
  const entries = group.evidence;
  const heading = `${h} ${t(lang, 'report.evidence.heading')}`;
  if (entries.length === 0) return `${heading}\n\n${escapeMarkdown(t(lang, 'report.evidence.none'))}`;
  const subjects = new Set(entries.map((e) => e.key)).size;
  const contradictions = entries.filter((e) => e.contradiction).length;
  const threshold = wordsFor(lang).points(group.contradictionPoints);
  const rows = entries.map((e): Cell[] => [
    e.contradiction ? { md: '**⚠**' } : '',
    e.subject,
    `${e.title} (${e.indicator})`,
    claimedCell(e, lang),
    wordsFor(lang).score(e.measured),
    e.contradiction ? { md: `**${escapeMarkdown(diffCell(e, lang))}**` } : diffCell(e, lang),
    e.metric,
    t(lang, e.unit === 'resources' ? 'report.evidence.sample.resources' : 'report.evidence.sample.files', {
      count: e.items,
    }),
    `${wordsFor(lang).score(e.conformant)} %`,
    e.summary ?? '—',
  ]);
  const columns = [
    '',
    t(lang, 'report.evidence.col.subject'),
    t(lang, 'report.evidence.col.indicator'),
    t(lang, 'report.evidence.col.claimed'),
    t(lang, 'report.evidence.col.measured'),
    t(lang, 'report.evidence.col.difference'),
    t(lang, 'report.evidence.col.metric'),
    t(lang, 'report.evidence.col.sample'),
    t(lang, 'report.evidence.col.withoutErrors'),
    t(lang, 'report.evidence.col.summary'),
  ];
  const intro = [
    t(lang, 'report.evidence.intro', { count: entries.length, subjects }),
    contradictions === 0
      ? t(lang, 'report.evidence.noContradiction', { threshold })
      : t(lang, 'report.evidence.contradictions', { threshold, count: contradictions }),
  ].join(' ');
  const metrics = [...new Set(entries.map((e) => e.metric))].sort();
  return [
    heading,
    '',
    escapeMarkdown(intro),
    '',
    markdownTable(columns, rows, ['l', 'l', 'l', 'r', 'r', 'r', 'l', 'r', 'r', 'l']),
    '',
    escapeMarkdown(t(lang, 'report.evidence.metricsIntro')),
    '',
    ...metrics.map(
      (m) => `- \`${m}\`: ${escapeMarkdown(metricCounts(lang, m) ?? t(lang, 'report.evidence.metricUnknown'))}`,
    ),
  ].join('\n');
}

import type { ChartSpec, ReportGroup, SelfAudit } from '../../report-model.js';
import { stageRangeText, stageUndetermined } from '../../../scoring/stage-text.js';
import { answerText } from '../../model/answer-text.js';
import type { Words } from '../words.js';
import { chartBlock } from './chart-block.js';
import { escapeMarkdown } from './escape-markdown.js';
import { markdownTable } from './markdown-table.js';
import { scoreMark } from './status-mark.js';

function atAGlance(a: SelfAudit, w: Words): string {
  const { t } = w;
  const rows = [
    [
      t('audit.overall'),
      a.overall === null ? t('audit.insufficient') : t('audit.ofHundred', { score: w.score(a.overall) }),
    ],
    [t('audit.stage'), stageRangeText(a, (st) => st.label, t('audit.noStage'), w.lang)],
    ...(stageUndetermined(a) ? [[t('audit.answerFirst'), a.stageUnknowns.join(', ')]] : []),
    [t('audit.nextStage'), a.nextStage ? a.nextStage.label : t('audit.noNextStage')],
    [t('audit.coverage'), w.share(a.coverage)],
  ];
  if (a.uncertainty)
    rows.push([
      t('audit.interval'),
      t('audit.intervalValue', {
        low: w.score(a.uncertainty.low),
        high: w.score(a.uncertainty.high),
        method: a.uncertainty.method,
      }),
    ]);
  return markdownTable([t('table.measure'), t('table.value')], rows);
}

function indicatorTables(a: SelfAudit, group: ReportGroup, h: string, w: Words): string {
  const { t } = w;
  return group.domains
    .map((d) => {
      const rows = a.indicators.filter((i) => i.domain === d.id);
      if (rows.length === 0) return '';
      const score = group.subjects[0]?.domains.find((x) => x.id === d.id)?.score ?? null;
      const table = markdownTable(
        [
          t('table.status'),
          t('table.indicator'),
          t('table.answer'),
          t('table.score'),
          t('table.source'),
          t('table.note'),
        ],
        rows.map((r) => [
          scoreMark(r, t),
          `${r.title} (${r.id})`,
          answerText(r.answer, r.answerLabel ?? undefined, w.lang) ?? '—',
          w.score(r.score),
          r.source ? t(`source.${r.source}`) : '—',
          [r.note, r.evidence ? t('audit.evidence', { evidence: r.evidence }) : null].filter(Boolean).join('; '),
        ]),
        ['l', 'l', 'l', 'r', 'l', 'l'],
      );
      return `${h}# ${escapeMarkdown(d.title)}: ${w.score(score)}\n\n${table}`;
    })
    .filter(Boolean)
    .join('\n\n');
}

/** The action plan: what to answer first, then per stage the changes that prove it. */
function planSection(plan: NonNullable<SelfAudit['plan']>, w: Words): string {
  const { t } = w;
  const parts: string[] = [];
  if (plan.base !== null) parts.push(t('plan.base', { score: w.score(plan.base) }));
  if (plan.answerFirst.length)
    parts.push(
      t('plan.answerFirst', {
        list: plan.answerFirst.map((x) => `${escapeMarkdown(x.title)} (${escapeMarkdown(x.indicator)})`).join(', '),
      }),
    );
  for (const step of plan.steps) {
    const stage = `**${escapeMarkdown(step.stage)}**`;
    if (!step.reachable) {
      parts.push(t('plan.unreachable', { stage }));
      continue;
    }
    parts.push(
      `${t('plan.step', { stage, n: w.count(step.changes.length) })}${step.smallest ? '' : ` ${t('plan.notFewest')}`}${step.scoreAfter === null ? '' : `; ${t('plan.scoreThen', { score: w.score(step.scoreAfter) })}`}.`,
    );
    parts.push(
      markdownTable(
        [t('table.indicator'), t('plan.answerNow'), t('plan.answerNeeded'), t('table.gain')],
        step.changes.map((c) => [
          `${c.title} (${c.indicator})`,
          c.unknown ? t('plan.unknownAnswer') : c.current,
          c.required,
          `+${w.score(c.gain)}`,
        ]),
        ['l', 'l', 'l', 'r'],
      ),
    );
  }
  return parts.length ? parts.join('\n\n') : t('plan.none');
}

function recommendations(a: SelfAudit, w: Words): string {
  const { t } = w;
  if (a.recommendations.length === 0) return t('reco.none');
  const base = a.plan?.base ?? null;
  const total = a.plan?.recommendationsTotal ?? a.recommendations.length;
  const intro = [
    `${t('reco.intro')}${base === null ? '' : ` ${t('reco.introBase', { score: w.score(base) })}`}.`,
    total > a.recommendations.length
      ? t('reco.top', { shown: w.count(a.recommendations.length), total: w.count(total) })
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `${intro}\n\n${markdownTable(
    ['#', t('table.indicator'), t('table.gain'), t('reco.scoreThen'), t('reco.scoreNow'), t('reco.whatToDo')],
    a.recommendations.map((r, i) => [
      String(i + 1),
      `${r.title} (${r.indicator})`,
      `+${w.score(r.potentialGain)}`,
      w.score(r.scoreAfter),
      w.score(r.currentScore),
      r.text,
    ]),
    ['r', 'l', 'r', 'r', 'r', 'l'],
  )}`;
}

/** The self-audit of one subject: at a glance, radar, indicators, gaps, recommendations, sources. */
export function selfAuditSection(
  group: ReportGroup,
  a: SelfAudit,
  charts: readonly ChartSpec[],
  h: string,
  w: Words,
): string {
  const { t } = w;
  const parts = [`${h} ${escapeMarkdown(a.subject)}, ${escapeMarkdown(a.period)}`, '', atAGlance(a, w)];
  for (const c of charts) parts.push('', chartBlock(c, w));
  parts.push('', `${h} ${t('audit.everyIndicator')}`, '', t('audit.statusLegend'), '', indicatorTables(a, group, h, w));
  parts.push('', `${h} ${t('audit.gaps')}`, '');
  parts.push(
    a.gaps.length === 0
      ? t('audit.noGaps')
      : markdownTable(
          [t('table.stage'), t('gaps.condition'), t('gaps.state'), t('gaps.now'), t('gaps.needed')],
          a.gaps.map((g) => [
            g.stage,
            g.condition,
            g.status === 'unknown' ? t('gaps.unknown') : t('gaps.unmet'),
            g.current ?? t('value.na'),
            g.required ?? t('value.na'),
          ]),
        ),
  );
  if (a.plan) parts.push('', `${h} ${t('plan.heading')}`, '', planSection(a.plan, w));
  parts.push('', `${h} ${t('reco.heading')}`, '', recommendations(a, w));
  const weight = group.subjects[0]?.sources;
  parts.push('', `${h} ${t('sources.heading')}`, '', t('sources.intro'), '');
  parts.push(
    markdownTable(
      [t('table.source'), t('sources.shareOfScore'), t('sources.shareOfWeight')],
      (['verified', 'documented', 'self-reported'] as const).map((s) => [
        t(`source.${s}`),
        w.share(a.sources[s]),
        w.share(weight?.[s]),
      ]),
      ['l', 'r', 'r'],
    ),
  );
  if (a.warnings.length > 0)
    parts.push(
      '',
      `${h} ${t('warnings.heading')}`,
      '',
      markdownTable(
        [t('warnings.code'), t('warnings.message')],
        a.warnings.map((x) => [x.code, x.message]),
      ),
    );
  return parts.join('\n');
}

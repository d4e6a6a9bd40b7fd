import type { ChartSpec, ReportGroup, SelfAudit } from '../../model/report-model.js';
import { stageRangeText, stageUndetermined } from '../../../scoring/stage-text.js';
import { answerText } from '../../model/answer-text.js';
import { chartBlock } from './chart-block.js';
import { escapeMarkdown } from './escape-markdown.js';
import { fmtScore, fmtShare } from './format.js';
import { markdownTable } from './markdown-table.js';
import { scoreMark } from './status-mark.js';

function atAGlance(a: SelfAudit): string {
  const rows = [
    ['Overall score', a.overall === null ? 'insufficient data' : `${fmtScore(a.overall)} of 100`],
    ['Maturity stage', stageRangeText(a, (st) => st.label, 'no stage reached')],
    ...(stageUndetermined(a) ? [['Answer these first (they decide the stage)', a.stageUnknowns.join(', ')]] : []),
    ['Next stage', a.nextStage ? a.nextStage.label : 'none (highest proven, or no stages)'],
    ['Coverage (share of weight answered)', fmtShare(a.coverage)],
  ];
  if (a.uncertainty)
    rows.push([
      'Uncertainty interval',
      `${fmtScore(a.uncertainty.low)} to ${fmtScore(a.uncertainty.high)} (${a.uncertainty.method})`,
    ]);
  return markdownTable(['Measure', 'Value'], rows);
}

function indicatorTables(a: SelfAudit, group: ReportGroup, h: string): string {
  return group.domains
    .map((d) => {
      const rows = a.indicators.filter((i) => i.domain === d.id);
      if (rows.length === 0) return '';
      const score = group.subjects[0]?.domains.find((x) => x.id === d.id)?.score ?? null;
      const table = markdownTable(
        ['Status', 'Indicator', 'Answer', 'Score', 'Source', 'Note'],
        rows.map((r) => [
          scoreMark(r),
          `${r.title} (${r.id})`,
          answerText(r.answer, r.answerLabel ?? undefined) ?? '—',
          fmtScore(r.score),
          r.source ?? '—',
          [r.note, r.evidence ? `evidence: ${r.evidence}` : null].filter(Boolean).join('; '),
        ]),
        ['l', 'l', 'l', 'r', 'l', 'l'],
      );
      return `${h}# ${escapeMarkdown(d.title)}: ${fmtScore(score)}\n\n${table}`;
    })
    .filter(Boolean)
    .join('\n\n');
}

/** The action plan: what to answer first, then per stage the changes that prove it. */
function planSection(plan: NonNullable<SelfAudit['plan']>): string {
  const parts: string[] = [];
  if (plan.base !== null)
    parts.push(
      `Every gain below is from the overall score now, ${fmtScore(plan.base)} (every domain with an answer counted).`,
    );
  if (plan.answerFirst.length)
    parts.push(
      `Answer these first: the stage depends on them, and an answer may already meet the gate: ${plan.answerFirst.map((x) => `${escapeMarkdown(x.title)} (${escapeMarkdown(x.indicator)})`).join(', ')}.`,
    );
  for (const step of plan.steps) {
    if (!step.reachable) {
      parts.push(`To reach **${escapeMarkdown(step.stage)}**: no change of the answers its gates test proves it.`);
      continue;
    }
    const n = step.changes.length;
    parts.push(
      `To reach **${escapeMarkdown(step.stage)}**: ${n} change${n === 1 ? '' : 's'}${step.smallest ? '' : ' (maybe not the fewest)'}${step.scoreAfter === null ? '' : `; overall score then ${fmtScore(step.scoreAfter)}`}.`,
    );
    parts.push(
      markdownTable(
        ['Indicator', 'Answer now', 'Answer needed', 'Gain (points)'],
        step.changes.map((c) => [
          `${c.title} (${c.indicator})`,
          c.unknown ? 'unknown (answer it first)' : c.current,
          c.required,
          `+${fmtScore(c.gain)}`,
        ]),
        ['l', 'l', 'l', 'r'],
      ),
    );
  }
  return parts.length
    ? parts.join('\n\n')
    : 'No plan: the highest stage is proven, or the questionnaire has no stages.';
}

/** The self-audit of one subject: at a glance, radar, indicators, gaps, recommendations, sources. */
export function selfAuditSection(group: ReportGroup, a: SelfAudit, charts: readonly ChartSpec[], h: string): string {
  const parts = [`${h} ${escapeMarkdown(a.subject)}, ${escapeMarkdown(a.period)}`, '', atAGlance(a)];
  for (const c of charts) parts.push('', chartBlock(c));
  parts.push(
    '',
    `${h} Every indicator`,
    '',
    "Status: ● full score, ◐ partial, ○ none; ? unknown, – missing and ! expired answers are not scored (they lower coverage); ≈ imputed answers are scored by the questionnaire's rule.",
    '',
    indicatorTables(a, group, h),
  );
  parts.push('', `${h} Gaps to the next stage`, '');
  parts.push(
    a.gaps.length === 0
      ? 'No unmet condition: either the highest stage is reached or the questionnaire has no stages.'
      : markdownTable(
          ['Stage', 'Condition', 'State', 'Now', 'Needed'],
          a.gaps.map((g) => [
            g.stage,
            g.condition,
            g.status === 'unknown' ? 'unknown (answer it)' : 'unmet',
            g.current ?? 'n/a',
            g.required ?? 'n/a',
          ]),
        ),
  );
  if (a.plan) parts.push('', `${h} Action plan`, '', planSection(a.plan));
  parts.push('', `${h} Recommendations, by gain per change`, '');
  const base = a.plan?.base ?? null;
  const total = a.plan?.recommendationsTotal ?? a.recommendations.length;
  parts.push(
    a.recommendations.length === 0
      ? 'No recommendation: every answered indicator already has its best score.'
      : `Potential gain: the points the overall score would rise if this indicator reached its best score, all else equal${base === null ? '' : ` (overall score now ${fmtScore(base)}; "Score then" is the overall score with that change)`}.${total > a.recommendations.length ? ` The top ${a.recommendations.length} of ${total} are shown (assess --all keeps all).` : ''}\n\n` +
          markdownTable(
            ['#', 'Indicator', 'Gain (points)', 'Score then', 'Indicator score now', 'What to do'],
            a.recommendations.map((r, i) => [
              String(i + 1),
              `${r.title} (${r.indicator})`,
              `+${fmtScore(r.potentialGain)}`,
              fmtScore(r.scoreAfter),
              fmtScore(r.currentScore),
              r.text,
            ]),
            ['r', 'l', 'r', 'r', 'r', 'l'],
          ),
  );
  const weight = group.subjects[0]?.sources;
  parts.push(
    '',
    `${h} What the score rests on`,
    '',
    'Share of the weighted indicator points that come from answers of each source, and share of the answered weight.',
    '',
  );
  parts.push(
    markdownTable(
      ['Source', 'Share of score', 'Share of answered weight'],
      (['verified', 'documented', 'self-reported'] as const).map((s) => [
        s,
        fmtShare(a.sources[s]),
        fmtShare(weight?.[s]),
      ]),
      ['l', 'r', 'r'],
    ),
  );
  if (a.warnings.length > 0)
    parts.push(
      '',
      `${h} Warnings`,
      '',
      markdownTable(
        ['Code', 'Message'],
        a.warnings.map((w) => [w.code, w.message]),
      ),
    );
  return parts.join('\n');
}

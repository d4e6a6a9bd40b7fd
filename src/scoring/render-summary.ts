import { escapeTerminalValue } from '../errors/terminal-text.js';
import { describePairWith, uncertainNeighbours } from './monte-carlo/neighbours.js';
import type { GroupUncertainty } from './monte-carlo/scorecard-uncertainty.js';
import { isRanked, naDomains } from './rank-eligibility.js';
import { comparePeriods } from '../questionnaire/period.js';
import { latestScorecards } from './latest-scorecards.js';
import type { Scorecard } from './scorecard.js';
import { stageRangeText } from './stage-text.js';
import type { Language } from '../report/i18n/languages.js';
import { t, type Translator, translator } from '../report/i18n/translate.js';
import { formatNumber, formatPercent } from '../report/i18n/format-number-date.js';

/** How many gaps and recommendations a text summary shows. */
export const SUMMARY_TOP = 5;

/** A score for people: `63.4` (`63,4` in German), or `insufficient data` (in `lang`). */
export function scoreText(score: number | null, lang: Language = 'en'): string {
  // Always one decimal, so that a column of scores lines up and 53 reads like 52.9.
  return score === null ? t(lang, 'audit.insufficient') : formatNumber(lang, score);
}

/** What a list cut at SUMMARY_TOP says of the rest: `... and 3 more (--json shows all)`. */
const moreLine = (tr: Translator, n: number, how = '--json'): string => tr('cli.more', { n, how });

/**
 * A scorecard as a readable plain-text summary: subject, overall score with its bounds, stage,
 * coverage and sources, domain scores, the top gaps to the next stage and the top recommendations.
 */
export function renderSummary(card: Scorecard, options: { all?: boolean; lang?: Language } = {}): string {
  const top = options.all ? Infinity : SUMMARY_TOP;
  const lang = options.lang ?? 'en';
  const tr = translator(lang);
  const pct = (share: number): string => formatPercent(lang, share);
  const num = (n: number): string => formatNumber(lang, n);
  const o = card.overall;
  const label = (key: 'summary.score' | 'summary.stage' | 'summary.coverage'): string => tr(key).padEnd(9);
  const lines = [
    `${escapeTerminalValue(card.subject.name)} (${escapeTerminalValue(card.subject.id)}, ${tr(`subjectKind.${card.subject.kind}`)}, ${card.subject.country}) - ${card.questionnaire.title} ${card.questionnaire.version}, ${tr('summary.period', { period: card.period })}`,
    `  ${label('summary.score')} ${scoreText(o.score, lang)}${o.uncertainty && o.uncertainty.low !== o.uncertainty.high ? `  ${tr('summary.bounds', { low: num(o.uncertainty.low), high: num(o.uncertainty.high) })}` : ''}`,
    ...(o.sensitivity &&
    o.sensitivity.equalWeights !== null &&
    o.score !== null &&
    Math.abs(o.sensitivity.equalWeights - o.score) >= 0.05
      ? [`            ${tr('summary.equalWeights', { score: num(o.sensitivity.equalWeights) })}`]
      : []),
    `  ${label('summary.stage')} ${stageRangeText(o, (st) => `${st.label} (${st.id})`, tr('audit.noStage'), lang)}`,
    `  ${label('summary.coverage')} ${tr('summary.coverageLine', {
      share: pct(o.coverage),
      verified: pct(card.sources.verified),
      documented: pct(card.sources.documented),
      selfReported: pct(card.sources['self-reported']),
    })}`,
    `  ${tr('summary.domains')}`,
  ];
  const width = Math.max(...card.domains.map((d) => d.title.length), 6);
  for (const d of card.domains)
    lines.push(
      `    ${d.title.padEnd(width)}  ${scoreText(d.score, lang).padStart(17)}  ${tr('ranking.coverage', { share: pct(d.coverage) })}`,
    );
  if (card.gaps.length) {
    lines.push(`  ${tr('summary.gaps', { stage: `${card.gaps[0]!.stage.label} (${card.gaps[0]!.stage.id})` })}`);
    for (const g of card.gaps.slice(0, SUMMARY_TOP))
      lines.push(`    ${g.status === 'unknown' ? '?' : '-'} ${g.condition}`);
    if (card.gaps.length > SUMMARY_TOP) lines.push(`    ${moreLine(tr, card.gaps.length - SUMMARY_TOP)}`);
  }
  lines.push(...planLines(card, tr, num));
  if (card.recommendations.length) {
    const total = card.plan?.recommendationsTotal ?? card.recommendations.length;
    const shown = Math.min(card.recommendations.length, top);
    const base = baseText(card, tr, num);
    lines.push(
      `  ${shown === total ? tr('summary.recommendations.all', { total }) : tr('summary.recommendations.top', { shown, total })}${base === '' ? '' : ` (${base})`}`,
    );
    for (const r of card.recommendations.slice(0, top))
      lines.push(
        `    +${num(r.potentialGain).padEnd(5)}${r.scoreAfter === undefined ? '' : ` -> ${num(r.scoreAfter).padEnd(5)}`} ${r.title} (${r.indicator}): ${r.text}`,
      );
    if (total > shown)
      lines.push(`    ${moreLine(tr, total - shown, card.recommendations.length < total ? 'assess --all' : '--json')}`);
  }
  const warnings = card.warnings.filter((w) => !w.code.endsWith('insufficient-data'));
  if (warnings.length) {
    lines.push(`  ${tr('summary.warnings', { n: warnings.length })}`);
    for (const w of warnings.slice(0, SUMMARY_TOP)) lines.push(`    ! ${w.message}`);
    if (warnings.length > SUMMARY_TOP) lines.push(`    ${moreLine(tr, warnings.length - SUMMARY_TOP)}`);
  }
  return lines.join('\n');
}

/** The base of every gain in words: the overall score now, or, when a domain is insufficient data, the score counting it. */
function baseText(card: Scorecard, tr: Translator, num: (n: number) => string): string {
  const base = card.plan?.base ?? null;
  if (base === null) return '';
  const same = card.overall.score !== null && Math.abs(card.overall.score - base) < 0.05;
  return tr(same ? 'summary.base' : 'summary.baseCounting', { score: num(base) });
}

/** The action plan in lines: the changes that prove each next stage, and the answers to give first. */
function planLines(card: Scorecard, tr: Translator, num: (n: number) => string): string[] {
  const plan = card.plan;
  if (!plan || (plan.steps.length === 0 && plan.answerFirst.length === 0)) return [];
  const base = baseText(card, tr, num);
  const lines = [`  ${base === '' ? tr('summary.plan') : tr('summary.planFrom', { base })}`];
  if (plan.answerFirst.length) {
    const ids = plan.answerFirst.map((a) => a.indicator);
    const list = ids.slice(0, 8).join(', ');
    lines.push(
      `    ${tr('summary.answerFirst', { list: ids.length > 8 ? tr('cli.andMore', { list, n: ids.length - 8 }) : list })}`,
    );
  }
  for (const step of plan.steps) {
    const stage = `${step.stage.label} (${step.stage.id})`;
    if (!step.reachable) {
      lines.push(`    ${tr('summary.unreachable', { stage })}`);
      continue;
    }
    const parts = [
      tr('summary.changes', { stage, n: step.changes.length }),
      ...(step.smallest ? [] : [tr('summary.notFewest')]),
      ...(step.scoreAfter === null ? [] : [tr('summary.scoreThen', { score: num(step.scoreAfter) })]),
    ];
    lines.push(`    ${parts.join(', ')}`);
    for (const c of step.changes)
      lines.push(
        `      ${c.unknown ? '?' : '-'} ${tr('summary.change', { title: c.title, indicator: c.indicator, current: String(c.current), required: String(c.required), gain: num(c.gain) })}`,
      );
  }
  return lines;
}

/** Scorecards ranked by overall score (those rankings do not place last, ties by subject id, then latest period first). */
export function rankScorecards(cards: readonly Scorecard[]): Scorecard[] {
  const key = (c: Scorecard): number =>
    isRanked(c) ? (c.overall.score ?? -1) : -2 + (c.overall.score === null ? 0 : c.overall.score / 1000);
  return [...cards].sort(
    (a, b) =>
      key(b) - key(a) ||
      (a.subject.id < b.subject.id ? -1 : a.subject.id > b.subject.id ? 1 : 0) ||
      comparePeriods(b.period, a.period),
  );
}

/**
 * A ranking table of several scorecards: rank, subject, country, period, score, stage, coverage,
 * domains with insufficient data; subjects rankings do not place (no overall score, or below the
 * minimum coverage under the exclude policy) are listed apart with their coverage. With Monte Carlo
 * results, each ranked row shows its 90 % rank and score intervals, and the neighbours whose order
 * is not certain are named below.
 */
export function renderRanking(
  cards: readonly Scorecard[],
  uncertainty: readonly GroupUncertainty[] = [],
  lang: Language = 'en',
): string {
  // Scores of different questionnaires (or versions) measure different things: never ranked together.
  const groups = new Map<string, Scorecard[]>();
  for (const card of cards) {
    const key = `${card.questionnaire.id} ${card.questionnaire.version}`;
    groups.set(key, [...(groups.get(key) ?? []), card]);
  }
  const mcOf = (group: Scorecard[]) =>
    uncertainty.find(
      (u) =>
        u.questionnaire.id === group[0]!.questionnaire.id &&
        u.questionnaire.version === group[0]!.questionnaire.version,
    );
  if (groups.size === 1) return rankingTable(cards, mcOf([...cards]), lang);
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(
      ([, group]) =>
        `${group[0]!.questionnaire.title} (${group[0]!.questionnaire.id} ${group[0]!.questionnaire.version})\n${rankingTable(group, mcOf(group), lang)}`,
    )
    .join('\n\n');
}

function table(head: string[], rows: string[][], right: readonly number[]): string[] {
  const widths = head.map((h, col) => Math.max(h.length, ...rows.map((r) => r[col]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, col) => (right.includes(col) ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!)))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

function rankingTable(cards: readonly Scorecard[], mc: GroupUncertainty | undefined, lang: Language): string {
  const tr = translator(lang);
  const pct = (share: number): string => formatPercent(lang, share);
  const num = (n: number): string => formatNumber(lang, n);
  // Each subject once, on its latest period (by end date): earlier periods are listed apart.
  const { latest, earlier } = latestScorecards(cards);
  const sorted = rankScorecards(latest);
  const ranked = sorted.filter(isRanked);
  const apart = sorted.filter((c) => !isRanked(c));
  const mcRow = (c: Scorecard) => mc?.subjects.find((s) => s.key === c.subject.id && s.period === c.period);
  const intervals = (c: Scorecard): string[] => {
    if (!mc) return [];
    const r = mcRow(c);
    return [r?.rank ? `${r.rank.low}-${r.rank.high}` : '-', r ? `${num(r.score.low)}-${num(r.score.high)}` : '-'];
  };
  const naText = (c: Scorecard) => (naDomains(c) ? `${naDomains(c)}*` : '');
  const rows = ranked.map((c, i) => [
    String(i + 1),
    escapeTerminalValue(c.subject.id),
    escapeTerminalValue(c.subject.name),
    c.subject.country,
    c.period,
    scoreText(c.overall.score, lang),
    ...intervals(c),
    stageRangeText(c.overall, (st) => st.label, '-', lang),
    pct(c.overall.coverage),
    naText(c),
    c.questionnaire.id,
  ]);
  const head = [
    '#',
    tr('cli.col.subject'),
    tr('cli.col.name'),
    tr('cli.col.country'),
    tr('cli.col.period'),
    tr('cli.col.score'),
    ...(mc ? [tr('cli.col.rank90'), tr('cli.col.score90')] : []),
    tr('cli.col.stage'),
    tr('cli.col.coverage'),
    tr('value.na'),
    tr('cli.col.questionnaire'),
  ];
  const right = mc ? [0, 5, 6, 7, 9, 10] : [0, 5, 7, 8];
  const out = table(head, rows, right);
  if (ranked.some((c) => naDomains(c) > 0)) out.push('', `* ${tr('cli.ranking.naNote')}`);
  if (mc) {
    out.push(
      '',
      tr('cli.ranking.mc', {
        draws: mc.settings.draws,
        seed: mc.settings.seed,
        range: formatPercent(lang, mc.settings.weightRange),
        aggregation:
          mc.settings.aggregations.length > 1
            ? tr('cli.ranking.aggregationVaried', { list: mc.settings.aggregations.join(' / ') })
            : tr('cli.ranking.aggregationFixed', { aggregation: mc.settings.aggregations.join('') }),
        probability: mc.settings.selfReported,
      }),
    );
    if (mc.uncertainOrder.length)
      out.push(
        tr('cli.ranking.uncertainOrder', { n: mc.uncertainOrder.length }),
        ...uncertainNeighbours(
          mc.subjects,
          (k) => latest.find((c) => c.subject.id === k)?.subject.name ?? k,
          describePairWith(tr),
        )
          .slice(0, SUMMARY_TOP)
          .map((u) => `  ${escapeTerminalValue(u)}`),
        ...(mc.uncertainOrder.length > SUMMARY_TOP
          ? [`  ${moreLine(tr, mc.uncertainOrder.length - SUMMARY_TOP)}`]
          : []),
      );
  }
  if (apart.length) {
    const policy = apart[0]!.missingData?.policy ?? 'exclude';
    const min = apart[0]!.missingData?.rankMinCoverage;
    out.push(
      '',
      policy === 'exclude' && min !== undefined
        ? tr('cli.ranking.notRankedMin', { n: apart.length, share: pct(min) })
        : tr('cli.ranking.notRanked', { n: apart.length }),
    );
    out.push(
      ...table(
        [
          tr('cli.col.subject'),
          tr('cli.col.name'),
          tr('cli.col.country'),
          tr('cli.col.period'),
          tr('cli.col.score'),
          tr('cli.col.coverage'),
          tr('value.na'),
        ],
        apart.map((c) => [
          escapeTerminalValue(c.subject.id),
          escapeTerminalValue(c.subject.name),
          c.subject.country,
          c.period,
          scoreText(c.overall.score, lang),
          pct(c.overall.coverage),
          String(naDomains(c)),
        ]),
        [4, 5, 6],
      ).map((l) => `  ${l}`),
    );
  }
  if (earlier.length)
    out.push(
      '',
      tr('cli.ranking.earlier', {
        list: earlier
          .map((c) => `${escapeTerminalValue(c.subject.id)} ${c.period} (${scoreText(c.overall.score, lang)})`)
          .join(', '),
      }),
    );
  return out.join('\n');
}

import { escapeTerminalValue } from '../errors/terminal-text.js';
import { formatNumber } from '../questionnaire/indicator-types/indicator-type.js';
import type { GroupUncertainty } from './monte-carlo/scorecard-uncertainty.js';
import { isRanked, naDomains } from './rank-eligibility.js';
import { comparePeriods } from '../questionnaire/period.js';
import { latestScorecards } from './latest-scorecards.js';
import type { Scorecard } from './scorecard.js';
import { stageRangeText } from './stage-text.js';
import { round } from '../numbers/round.js';
import type { Language } from '../report/i18n/languages.js';
import { t } from '../report/i18n/translate.js';

/** How many gaps and recommendations a text summary shows. */
export const SUMMARY_TOP = 5;

function pct(share: number): string {
  return `${round(share * 100, 0)}%`;
}

/** A score for people: `63.4`, or `insufficient data` (in `lang`). */
export function scoreText(score: number | null, lang: Language = 'en'): string {
  // Always one decimal, so that a column of scores lines up and 53 reads like 52.9.
  return score === null ? t(lang, 'audit.insufficient') : round(score).toFixed(1);
}

/**
 * A scorecard as a readable plain-text summary: subject, overall score with its bounds, stage,
 * coverage and sources, domain scores, the top gaps to the next stage and the top recommendations.
 */
export function renderSummary(card: Scorecard, options: { all?: boolean; lang?: Language } = {}): string {
  const top = options.all ? Infinity : SUMMARY_TOP;
  const lang = options.lang ?? 'en';
  const o = card.overall;
  const label = (key: 'summary.score' | 'summary.stage' | 'summary.coverage'): string => t(lang, key).padEnd(9);
  const lines = [
    `${escapeTerminalValue(card.subject.name)} (${escapeTerminalValue(card.subject.id)}, ${card.subject.kind}, ${card.subject.country}) - ${card.questionnaire.title} ${card.questionnaire.version}, ${t(lang, 'summary.period', { period: card.period })}`,
    `  ${label('summary.score')} ${scoreText(o.score, lang)}${o.uncertainty && o.uncertainty.low !== o.uncertainty.high ? `  (${formatNumber(o.uncertainty.low)}-${formatNumber(o.uncertainty.high)} with unknowns lowest/best)` : ''}`,
    ...(o.sensitivity &&
    o.sensitivity.equalWeights !== null &&
    o.score !== null &&
    Math.abs(o.sensitivity.equalWeights - o.score) >= 0.05
      ? [`            ${formatNumber(o.sensitivity.equalWeights)} with equal weights`]
      : []),
    `  ${label('summary.stage')} ${stageRangeText(o, (st) => `${st.label} (${st.id})`, t(lang, 'audit.noStage'))}`,
    `  ${label('summary.coverage')} ${t(lang, 'summary.coverageLine', {
      share: pct(o.coverage),
      verified: pct(card.sources.verified),
      documented: pct(card.sources.documented),
      selfReported: pct(card.sources['self-reported']),
    })}`,
    `  ${t(lang, 'summary.domains')}`,
  ];
  const width = Math.max(...card.domains.map((d) => d.title.length), 6);
  for (const d of card.domains)
    lines.push(
      `    ${d.title.padEnd(width)}  ${scoreText(d.score, lang).padStart(17)}  ${t(lang, 'ranking.coverage', { share: pct(d.coverage) })}`,
    );
  if (card.gaps.length) {
    lines.push(`  ${t(lang, 'summary.gaps', { stage: `${card.gaps[0]!.stage.label} (${card.gaps[0]!.stage.id})` })}`);
    for (const g of card.gaps.slice(0, SUMMARY_TOP))
      lines.push(`    ${g.status === 'unknown' ? '?' : '-'} ${g.condition}`);
    if (card.gaps.length > SUMMARY_TOP)
      lines.push(`    ... and ${card.gaps.length - SUMMARY_TOP} more (--json shows all)`);
  }
  lines.push(...planLines(card));
  if (card.recommendations.length) {
    const total = card.plan?.recommendationsTotal ?? card.recommendations.length;
    const base = card.plan?.base ?? null;
    const shown = Math.min(card.recommendations.length, top);
    lines.push(
      `  recommendations (${shown === total ? `all ${total}` : `top ${shown} of ${total}`}, by gain per change${base === null ? '' : `; ${baseText(card)}`})`,
    );
    for (const r of card.recommendations.slice(0, top))
      lines.push(
        `    +${formatNumber(r.potentialGain).padEnd(5)}${r.scoreAfter === undefined ? '' : ` -> ${formatNumber(r.scoreAfter).padEnd(5)}`} ${r.title} (${r.indicator}): ${r.text}`,
      );
    if (total > shown)
      lines.push(
        `    ... and ${total - shown} more (${card.recommendations.length < total ? 'assess --all' : '--json'} shows all)`,
      );
  }
  const warnings = card.warnings.filter((w) => !w.code.endsWith('insufficient-data'));
  if (warnings.length) {
    lines.push(`  warnings (${warnings.length})`);
    for (const w of warnings.slice(0, SUMMARY_TOP)) lines.push(`    ! ${w.message}`);
    if (warnings.length > SUMMARY_TOP)
      lines.push(`    ... and ${warnings.length - SUMMARY_TOP} more (--json shows all)`);
  }
  return lines.join('\n');
}

/** The base of every gain in words: the overall score now, or, when a domain is insufficient data, the score counting it. */
function baseText(card: Scorecard): string {
  const base = card.plan?.base ?? null;
  if (base === null) return '';
  const same = card.overall.score !== null && Math.abs(card.overall.score - base) < 0.05;
  return same
    ? `overall score now ${formatNumber(base)}`
    : `overall score now ${formatNumber(base)} counting every domain with an answer`;
}

/** The action plan in lines: the changes that prove each next stage, and the answers to give first. */
function planLines(card: Scorecard): string[] {
  const plan = card.plan;
  if (!plan || (plan.steps.length === 0 && plan.answerFirst.length === 0)) return [];
  const lines = [`  action plan${plan.base === null ? '' : ` (${baseText(card)}; each gain from there)`}`];
  if (plan.answerFirst.length) {
    const ids = plan.answerFirst.map((a) => a.indicator);
    lines.push(
      `    answer these first, the stage depends on them: ${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ` and ${ids.length - 8} more` : ''}`,
    );
  }
  for (const step of plan.steps) {
    const to = `${step.stage.label} (${step.stage.id})`;
    if (!step.reachable) {
      lines.push(`    ${to}: no change of the answers its gates test proves it`);
      continue;
    }
    const n = step.changes.length;
    lines.push(
      `    ${to}: ${n} change${n === 1 ? '' : 's'}${step.smallest ? '' : ' (maybe not the fewest)'}${step.scoreAfter === null ? '' : `, overall score then ${formatNumber(step.scoreAfter)}`}`,
    );
    for (const c of step.changes)
      lines.push(
        `      ${c.unknown ? '?' : '-'} ${c.title} (${c.indicator}): now ${c.current}, needed ${c.required} (+${formatNumber(c.gain)})`,
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
export function renderRanking(cards: readonly Scorecard[], uncertainty: readonly GroupUncertainty[] = []): string {
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
  if (groups.size === 1) return rankingTable(cards, mcOf([...cards]));
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(
      ([, group]) =>
        `${group[0]!.questionnaire.title} (${group[0]!.questionnaire.id} ${group[0]!.questionnaire.version})\n${rankingTable(group, mcOf(group))}`,
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

function rankingTable(cards: readonly Scorecard[], mc: GroupUncertainty | undefined): string {
  // Each subject once, on its latest period (by end date): earlier periods are listed apart.
  const { latest, earlier } = latestScorecards(cards);
  const sorted = rankScorecards(latest);
  const ranked = sorted.filter(isRanked);
  const apart = sorted.filter((c) => !isRanked(c));
  const mcRow = (c: Scorecard) => mc?.subjects.find((s) => s.key === c.subject.id && s.period === c.period);
  const intervals = (c: Scorecard): string[] => {
    if (!mc) return [];
    const r = mcRow(c);
    return [
      r?.rank ? `${r.rank.low}-${r.rank.high}` : '-',
      r ? `${round(r.score.low).toFixed(1)}-${round(r.score.high).toFixed(1)}` : '-',
    ];
  };
  const naText = (c: Scorecard) => (naDomains(c) ? `${naDomains(c)}*` : '');
  const rows = ranked.map((c, i) => [
    String(i + 1),
    escapeTerminalValue(c.subject.id),
    escapeTerminalValue(c.subject.name),
    c.subject.country,
    c.period,
    scoreText(c.overall.score),
    ...intervals(c),
    stageRangeText(c.overall, (st) => st.label, '-'),
    pct(c.overall.coverage),
    naText(c),
    c.questionnaire.id,
  ]);
  const head = [
    '#',
    'subject',
    'name',
    'country',
    'period',
    'score',
    ...(mc ? ['rank 90%', 'score 90%'] : []),
    'stage',
    'coverage',
    'n/a',
    'questionnaire',
  ];
  const right = mc ? [0, 5, 6, 7, 9, 10] : [0, 5, 7, 8];
  const out = table(head, rows, right);
  if (ranked.some((c) => naDomains(c) > 0))
    out.push(
      '',
      "* domains with insufficient data (n/a): left out of that subject's score, which may rank it above subjects that answered everything",
    );
  if (mc) {
    out.push(
      '',
      `rank and score 90% intervals: Monte Carlo, ${mc.settings.draws} draws, seed ${mc.settings.seed} (unknown answers, weights +-${Math.round(mc.settings.weightRange * 100)}%, ${mc.settings.aggregations.length > 1 ? `aggregation ${mc.settings.aggregations.join(' or ')}` : `aggregation fixed (${mc.settings.aggregations.join('')})`}, self-reported answers one level up or down with probability ${mc.settings.selfReported})`,
    );
    if (mc.uncertainOrder.length)
      out.push(
        `order not certain (90% rank intervals overlap): ${mc.uncertainOrder.length} neighbour pair${mc.uncertainOrder.length === 1 ? '' : 's'}`,
        ...mc.uncertainOrder.slice(0, SUMMARY_TOP).map((t) => `  ${escapeTerminalValue(t)}`),
        ...(mc.uncertainOrder.length > SUMMARY_TOP
          ? [`  ... and ${mc.uncertainOrder.length - SUMMARY_TOP} more (--json shows all)`]
          : []),
      );
  }
  if (apart.length) {
    const policy = apart[0]!.missingData?.policy ?? 'exclude';
    const min = apart[0]!.missingData?.rankMinCoverage;
    out.push(
      '',
      `not ranked (${apart.length}): no overall score${policy === 'exclude' && min !== undefined ? `, or less than ${pct(min)} of the weight answered (missing-data policy: exclude)` : ''}`,
    );
    out.push(
      ...table(
        ['subject', 'name', 'country', 'period', 'score', 'coverage', 'n/a'],
        apart.map((c) => [
          escapeTerminalValue(c.subject.id),
          escapeTerminalValue(c.subject.name),
          c.subject.country,
          c.period,
          scoreText(c.overall.score),
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
      `earlier periods, not ranked (each subject is ranked on its latest period): ${earlier.map((c) => `${escapeTerminalValue(c.subject.id)} ${c.period} (${scoreText(c.overall.score)})`).join(', ')}`,
    );
  return out.join('\n');
}

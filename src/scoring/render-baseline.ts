import { escapeTerminalValue } from '../errors/terminal-text.js';
import type { BaselineComparison, IndicatorChange, ScoreChange } from './baseline-comparison.js';
import { scoreText } from './render-summary.js';
import type { AnswerValue, StageRef } from './scorecard.js';
import { round } from '../numbers/round.js';

const signed = (n: number): string => `${n > 0 ? '+' : ''}${round(n).toFixed(1)}`;
const stageText = (s: StageRef | null): string => (s ? `${s.label} (${s.id})` : 'none reached');
const answerText = (a: AnswerValue | null): string =>
  escapeTerminalValue(a === null ? '-' : Array.isArray(a) ? `[${a.join(', ')}]` : String(a));

function scoreLine(c: ScoreChange, width: number, threshold: number | null): string {
  const change = c.delta === null ? (c.from !== null && c.to === null ? 'no longer scored' : '') : signed(c.delta);
  const mark = c.dropped ? `  DROPPED${c.delta === null ? '' : ` by more than ${threshold}`}` : '';
  return `    ${c.title.padEnd(width)}  ${scoreText(c.from).padStart(17)} -> ${scoreText(c.to).padEnd(17)} ${change}${mark}`.trimEnd();
}

function indicatorLine(i: IndicatorChange): string {
  const score = `${scoreText(i.from)} -> ${scoreText(i.to)}${i.from !== null && i.to !== null ? ` (${signed(i.to - i.from)})` : ''}`;
  const answer =
    i.statusFrom === i.statusTo
      ? `answer ${answerText(i.answerFrom)} -> ${answerText(i.answerTo)}`
      : `${i.statusFrom} ${answerText(i.answerFrom)} -> ${i.statusTo}${i.answerTo === null ? '' : ` ${answerText(i.answerTo)}`}`;
  return `    - ${i.id} (${i.title}): ${score}; ${answer}`;
}

/** How many of the indicators whose score fell the comparison lists. */
export const BASELINE_INDICATORS_SHOWN = 10;

/**
 * The comparison with a baseline for people: overall, stage and each domain, before -> now, the
 * drops marked, then the indicators whose score fell (what changed); with a threshold and no
 * drop, says so (the drops are named by {@link dropsText}).
 */
export function renderBaselineComparison(c: BaselineComparison, file: string): string {
  const width = Math.max(...c.domains.map((d) => d.title.length), 'Overall'.length);
  const lines = [
    `compared with the baseline ${escapeTerminalValue(file)} (period ${c.baselinePeriod} -> ${c.period})`,
    scoreLine(c.overall, width, c.threshold),
  ];
  lines.push(
    `    ${'Proven stage'.padEnd(width)}  ${stageText(c.stage.from).padStart(17)} -> ${stageText(c.stage.to)}${c.stage.dropped ? '  DROPPED' : ''}`,
  );
  for (const d of c.domains) lines.push(scoreLine(d, width, c.threshold));
  if (c.indicators.length) {
    lines.push('  indicators whose score fell');
    for (const i of c.indicators.slice(0, BASELINE_INDICATORS_SHOWN)) lines.push(indicatorLine(i));
    if (c.indicators.length > BASELINE_INDICATORS_SHOWN)
      lines.push(`    ... and ${c.indicators.length - BASELINE_INDICATORS_SHOWN} more`);
  }
  for (const note of c.notes) lines.push(`  note: ${note}`);
  // The drops themselves are named by the caller (the CLI: on stderr, with the exit code).
  if (c.threshold !== null && c.drops.length === 0)
    lines.push(`  no drop of more than ${c.threshold} points, and the proven stage did not fall`);
  return lines.join('\n');
}

/** One line naming every drop: `dropped: Overall 72.4 -> 65.1 (-7.3), Stage 2 -> 1`. */
export function dropsText(c: BaselineComparison): string {
  const parts = c.drops.map((d) => {
    if (d.id === 'stage') return `Proven stage ${stageText(c.stage.from)} -> ${stageText(c.stage.to)}`;
    const s = d as ScoreChange;
    return `${s.title} ${scoreText(s.from)} -> ${scoreText(s.to)}${s.delta === null ? '' : ` (${signed(s.delta)})`}`;
  });
  return `dropped since the baseline (more than ${c.threshold} points, or the proven stage): ${parts.join(', ')}`;
}

import { escapeTerminalValue } from '../errors/terminal-text.js';
import type { BaselineComparison, IndicatorChange, ScoreChange } from './baseline-comparison.js';
import { scoreText } from './render-summary.js';
import type { AnswerValue, StageRef } from './scorecard.js';
import type { Language } from '../report/i18n/languages.js';
import { translator, type Translator } from '../report/i18n/translate.js';
import type { MessageKey } from '../report/i18n/catalogues.js';
import { formatDelta } from '../report/i18n/format-number-date.js';

const answerText = (a: AnswerValue | null): string =>
  escapeTerminalValue(a === null ? '-' : Array.isArray(a) ? `[${a.join(', ')}]` : String(a));

/** The words of one comparison in one language. */
function wordsOf(lang: Language) {
  const tr = translator(lang);
  return {
    tr,
    signed: (n: number): string => formatDelta(lang, n),
    score: (n: number | null): string => scoreText(n, lang),
    stage: (s: StageRef | null): string => (s ? `${s.label} (${s.id})` : tr('cli.baseline.noStage')),
    /** The overall score's title is a fixed word ('Overall'): said in `lang`; domains keep their titles. */
    title: (c: { id: string; title: string }): string =>
      c.id === 'overall' ? tr('cli.baseline.overall') : c.id === 'stage' ? tr('cli.baseline.stage') : c.title,
  };
}
type Words = ReturnType<typeof wordsOf>;

function scoreLine(c: ScoreChange, width: number, threshold: number | null, w: Words): string {
  const change =
    c.delta === null
      ? c.from !== null && c.to === null
        ? w.tr('cli.baseline.noLongerScored')
        : ''
      : w.signed(c.delta);
  const mark = c.dropped
    ? `  ${c.delta === null ? w.tr('cli.baseline.dropped') : w.tr('cli.baseline.droppedBy', { threshold: String(threshold) })}`
    : '';
  return `    ${w.title(c).padEnd(width)}  ${w.score(c.from).padStart(17)} -> ${w.score(c.to).padEnd(17)} ${change}${mark}`.trimEnd();
}

const STATUSES = new Set(['answered', 'unknown', 'missing', 'expired', 'imputed']);
function statusText(tr: Translator, status: string): string {
  return STATUSES.has(status) ? tr(`cli.status.${status}` as MessageKey) : status;
}

function indicatorLine(i: IndicatorChange, w: Words): string {
  const score = `${w.score(i.from)} -> ${w.score(i.to)}${i.from !== null && i.to !== null ? ` (${w.signed(i.to - i.from)})` : ''}`;
  const answer =
    i.statusFrom === i.statusTo
      ? w.tr('cli.baseline.answer', { from: answerText(i.answerFrom), to: answerText(i.answerTo) })
      : `${statusText(w.tr, i.statusFrom)} ${answerText(i.answerFrom)} -> ${statusText(w.tr, i.statusTo)}${i.answerTo === null ? '' : ` ${answerText(i.answerTo)}`}`;
  return `    - ${i.id} (${i.title}): ${score}; ${answer}`;
}

/** How many of the indicators whose score fell the comparison lists. */
export const BASELINE_INDICATORS_SHOWN = 10;

/**
 * The comparison with a baseline for people, in `lang`: overall, stage and each domain, before ->
 * now, the drops marked, then the indicators whose score fell (what changed); with a threshold and
 * no drop, says so (the drops are named by {@link dropsText}).
 */
export function renderBaselineComparison(c: BaselineComparison, file: string, lang: Language = 'en'): string {
  const w = wordsOf(lang);
  const width = Math.max(...c.domains.map((d) => d.title.length), w.tr('cli.baseline.overall').length);
  const lines = [
    w.tr('cli.baseline.heading', { file: escapeTerminalValue(file), from: c.baselinePeriod, to: c.period }),
    scoreLine(c.overall, width, c.threshold, w),
    `    ${w.tr('cli.baseline.stage').padEnd(width)}  ${w.stage(c.stage.from).padStart(17)} -> ${w.stage(c.stage.to)}${c.stage.dropped ? `  ${w.tr('cli.baseline.dropped')}` : ''}`,
  ];
  for (const d of c.domains) lines.push(scoreLine(d, width, c.threshold, w));
  if (c.indicators.length) {
    lines.push(`  ${w.tr('cli.baseline.fell')}`);
    for (const i of c.indicators.slice(0, BASELINE_INDICATORS_SHOWN)) lines.push(indicatorLine(i, w));
    if (c.indicators.length > BASELINE_INDICATORS_SHOWN)
      lines.push(`    ${w.tr('cli.andMoreShort', { n: c.indicators.length - BASELINE_INDICATORS_SHOWN })}`);
  }
  for (const note of c.notes) lines.push(`  ${w.tr('note', { note })}`);
  // The drops themselves are named by the caller (the CLI: on stderr, with the exit code).
  if (c.threshold !== null && c.drops.length === 0)
    lines.push(`  ${w.tr('cli.baseline.noDrop', { threshold: String(c.threshold) })}`);
  return lines.join('\n');
}

/** One line naming every drop: `dropped since the baseline (...): Overall 72.4 -> 65.1 (-7.3), Proven stage 2 -> 1`. */
export function dropsText(c: BaselineComparison, lang: Language = 'en'): string {
  const w = wordsOf(lang);
  const parts = c.drops.map((d) => {
    if (d.id === 'stage') return `${w.title(d)} ${w.stage(c.stage.from)} -> ${w.stage(c.stage.to)}`;
    const s = d as ScoreChange;
    return `${w.title(s)} ${w.score(s.from)} -> ${w.score(s.to)}${s.delta === null ? '' : ` (${w.signed(s.delta)})`}`;
  });
  return w.tr('cli.baseline.drops', { threshold: String(c.threshold), list: parts.join(', ') });
}

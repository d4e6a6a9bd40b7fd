import { BaselineMismatchError } from './baseline-mismatch-error.js';
import { round2 } from './round.js';
import type { AnswerValue, Scorecard, StageRef } from './scorecard.js';

/** One score of the scorecard compared with the baseline's. */
export interface ScoreChange {
  /** `overall`, or a domain id. */
  id: string;
  title: string;
  from: number | null;
  to: number | null;
  /** to - from (null when either is not scored). */
  delta: number | null;
  /** Fell by more than the threshold, or was scored and no longer is. */
  dropped: boolean;
}

/** An indicator whose score fell (or that is no longer scored): the detail behind a drop. */
export interface IndicatorChange {
  id: string;
  domain: string;
  title: string;
  from: number | null;
  to: number | null;
  answerFrom: AnswerValue | null;
  answerTo: AnswerValue | null;
  statusFrom: string;
  statusTo: string;
}

export interface BaselineComparison {
  /** The drop (in points) a score may take without failing; null when only compared, not guarded. */
  threshold: number | null;
  baselinePeriod: string;
  period: string;
  overall: ScoreChange;
  domains: ScoreChange[];
  stage: { from: StageRef | null; to: StageRef | null; dropped: boolean };
  /** Indicators whose score fell or that are no longer scored, largest fall first. */
  indicators: IndicatorChange[];
  /** Every score or stage that dropped. */
  drops: (ScoreChange | { id: 'stage'; title: string })[];
  notes: string[];
}

/**
 * The stage a fall is judged on: the scorecard's `overall.stage`. Scorecards of formatVersion 2
 * keep the *proven* stage there (beside `stagePossible`), so only a fall of the proven stage
 * fails; were the proven stage to move elsewhere, this one line is what to switch.
 */
const judgedStage = (card: Scorecard): StageRef | null => card.overall.stage;

function scoreChange(
  id: string,
  title: string,
  from: number | null,
  to: number | null,
  threshold: number | null,
): ScoreChange {
  const delta = from === null || to === null ? null : round2(to - from);
  // Rounded to the scorecard's 2 decimals first: 75.00 -> 70.00 is a fall of 5, not of 5.000000001.
  const dropped = threshold !== null && from !== null && (to === null || (delta !== null && -delta > threshold));
  return { id, title, from, to, delta, dropped };
}

/**
 * Compares a scorecard with an earlier one of the same subject, questionnaire and version (the
 * caller checks that: see {@link checkBaseline}). With a threshold, a score that fell by more than
 * it (or that was scored and no longer is: insufficient data hides a fall), or a stage that fell,
 * is a drop. Pure.
 */
export function compareWithBaseline(
  current: Scorecard,
  baseline: Scorecard,
  threshold: number | null,
): BaselineComparison {
  const overall = scoreChange('overall', 'Overall', baseline.overall.score, current.overall.score, threshold);
  const before = new Map(baseline.domains.map((d) => [d.id, d]));
  const domains = current.domains.flatMap((d) => {
    const old = before.get(d.id);
    return old ? [scoreChange(d.id, d.title, old.score, d.score, threshold)] : [];
  });
  const from = judgedStage(baseline);
  const to = judgedStage(current);
  const stageDropped = threshold !== null && from !== null && (to === null || to.index < from.index);
  const oldIndicators = new Map(baseline.indicators.map((i) => [i.id, i]));
  const indicators = current.indicators
    .flatMap((i): IndicatorChange[] => {
      const old = oldIndicators.get(i.id);
      if (!old || old.score === null || (i.score !== null && i.score >= old.score)) return [];
      return [
        {
          id: i.id,
          domain: i.domain,
          title: i.title,
          from: old.score,
          to: i.score,
          answerFrom: old.answer,
          answerTo: i.answer,
          statusFrom: old.status,
          statusTo: i.status,
        },
      ];
    })
    .sort(
      (a, b) => (b.from ?? 0) - (b.to ?? 0) - ((a.from ?? 0) - (a.to ?? 0)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const notes: string[] = [];
  if (baseline.questionnaire.hash !== current.questionnaire.hash)
    notes.push(
      `the questionnaire ${current.questionnaire.id} ${current.questionnaire.version} was changed since the baseline (another content hash): scores may differ for that reason`,
    );
  const gone = baseline.domains.filter((d) => !current.domains.some((c) => c.id === d.id)).map((d) => d.id);
  if (gone.length) notes.push(`domains of the baseline not in the scorecard: ${gone.join(', ')}`);
  const drops: BaselineComparison['drops'] = [
    ...[overall, ...domains].filter((c) => c.dropped),
    ...(stageDropped ? [{ id: 'stage' as const, title: 'Proven stage' }] : []),
  ];
  return {
    threshold,
    baselinePeriod: baseline.period,
    period: current.period,
    overall,
    domains,
    stage: { from, to, dropped: stageDropped },
    indicators,
    drops,
    notes,
  };
}

/**
 * Refuses a baseline of another subject, questionnaire or questionnaire version
 * ({@link BaselineMismatchError}, naming `file`).
 */
export function checkBaseline(current: Scorecard, baseline: Scorecard, file: string): void {
  if (baseline.subject.id !== current.subject.id)
    throw new BaselineMismatchError(file, 'subject', baseline.subject.id, current.subject.id);
  if (baseline.questionnaire.id !== current.questionnaire.id)
    throw new BaselineMismatchError(file, 'questionnaire', baseline.questionnaire.id, current.questionnaire.id);
  if (baseline.questionnaire.version !== current.questionnaire.version)
    throw new BaselineMismatchError(file, 'version', baseline.questionnaire.version, current.questionnaire.version);
}

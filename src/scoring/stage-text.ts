import type { StageRef } from './scorecard.js';
import type { Language } from '../report/i18n/languages.js';
import { t } from '../report/i18n/translate.js';

/** A stage range as read from a scorecard's overall part. */
export interface StageRange {
  stage: StageRef | null;
  stagePossible: StageRef | null;
  stageUnknowns: readonly string[] | number;
}

/** Whether the proven and the possible stage differ: the stage is then not determined. */
export function stageUndetermined(range: Pick<StageRange, 'stage' | 'stagePossible'>): boolean {
  return (range.stagePossible?.index ?? -1) > (range.stage?.index ?? -1);
}

/**
 * A stage range in words: `Digital` when it is determined, else the proven stage, the possible
 * one and how many unknown gate answers decide between them, e.g.
 * `Digital (up to Integrated; unknown gate answers: 3)`, in `lang`. `name` words one stage; `none`
 * is what no stage reads as.
 */
export function stageRangeText(
  range: StageRange,
  name: (s: StageRef) => string = (s) => s.label,
  none = 'none',
  lang: Language = 'en',
): string {
  const proven = range.stage ? name(range.stage) : none;
  if (!stageUndetermined(range) || !range.stagePossible) return proven;
  const n = typeof range.stageUnknowns === 'number' ? range.stageUnknowns : range.stageUnknowns.length;
  return t(lang, 'stage.range', { proven, possible: name(range.stagePossible), n });
}

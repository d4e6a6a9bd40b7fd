// level: one of ordered levels, lowest first, answered by its number; scored by its own score or evenly spaced 0..100.
import { pickText, type Text } from '../text.js';
import type { IndicatorBase } from './indicator-base.js';
import { mismatch, type IndicatorType } from './indicator-type.js';
import { listedBounds, listedScale, listedScorer } from './listed.js';

export interface Level {
  value: number;
  label: Text;
  description?: Text;
  score?: number;
}

export interface LevelIndicator extends IndicatorBase {
  type: 'level';
  levels?: Level[];
}

function levelList(indicator: LevelIndicator): string {
  return (indicator.levels ?? []).map((l) => `${l.value} (${pickText(l.label)})`).join(', ');
}

export const levelType: IndicatorType<LevelIndicator> = {
  kind: 'level',
  checker(indicator) {
    const values = new Set((indicator.levels ?? []).map((l) => l.value));
    return (value) => {
      if (typeof value !== 'number' || !Number.isInteger(value))
        return mismatch('not-a-level-number', { levels: levelList(indicator) });
      if (!values.has(value)) return mismatch('not-a-level', { value, levels: levelList(indicator) });
      return undefined;
    };
  },
  scorer: (indicator) => listedScorer(indicator.levels ?? []),
  bounds: (indicator) => listedBounds(indicator.levels ?? []),
  scale: (indicator) => listedScale(indicator.levels ?? []),
  trialValues: (indicator) => (indicator.levels ?? []).map((l) => l.value),
  templateLines: (indicator, lang) => [
    'answer: one level number',
    ...(indicator.levels ?? []).map(
      (l) => `  ${l.value} = ${pickText(l.label, lang)}${l.description ? `: ${pickText(l.description, lang)}` : ''}`,
    ),
  ],
  describe: (indicator, lang) =>
    (indicator.levels ?? []).map((l) => `${l.value} ${pickText(l.label, lang)}`).join(' | '),
  inWords(indicator, value, lang) {
    const level = (indicator.levels ?? []).find((l) => l.value === value);
    return level ? `level ${level.value} (${pickText(level.label, lang)})` : `level ${String(value)}`;
  },
};

import type { Text } from '../text.js';

/** A checked answer value: yes/no, a number, an option value or a list of them. */
export type AnswerValue = boolean | number | string | string[];

/** What a missing or `unknown` answer means. */
export interface MissingTreatment {
  treat: 'exclude' | 'lowest' | 'fixed';
  score?: number;
}

export type Frameworks = Record<string, string | string[]>;

/** What every indicator has, whatever its type; each type's module adds its own fields. */
export interface IndicatorBase {
  id: string;
  title: Text;
  question?: Text;
  help?: Text;
  weight?: number;
  missing?: MissingTreatment;
  frameworks?: Frameworks;
  recommendation?: Text;
  evidence?: { metric: string; scale?: number };
}

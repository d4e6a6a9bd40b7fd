import type { CompiledQuestionnaire } from './compile.js';
import type { ResolvedAnswer } from './resolve-answers.js';

/** What stage conditions are judged on: the answers, the domain scores and the overall score. */
export interface ConditionState {
  compiled: CompiledQuestionnaire;
  answers: readonly ResolvedAnswer[];
  /** Domain scores in questionnaire order (null: insufficient data). */
  domainScores: readonly (number | null)[];
  overall: number | null;
  lang: string;
}

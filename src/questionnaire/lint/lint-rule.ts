import type { Questionnaire } from '../model.js';
import type { Problem } from '../problem.js';
import type { YamlSource } from '../yaml-source.js';

/** What a lint rule sees: the questionnaire, where each part of it was written, and the others it may name. */
export interface LintContext {
  questionnaire: Questionnaire;
  source: YamlSource;
  /** Finds another questionnaire (a crosswalk target); undefined when it is not known. */
  resolve?: (id: string, version: string) => Questionnaire | undefined;
}

/** One semantic check of a questionnaire, beyond its JSON Schema. */
export interface LintRule {
  /** Stable id, used as the problem's rule: `lint.<id>`. */
  id: string;
  /** What the rule checks, in one sentence. */
  description: string;
  check(context: LintContext): Problem[];
}

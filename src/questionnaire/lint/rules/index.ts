/** The lint rules, in the order they run. Add a rule: one file here, one line in this list. */
import type { LintRule } from '../lint-rule.js';
import { aggregationSanity } from './aggregation-sanity.js';
import { conditionRefs } from './condition-refs.js';
import { crosswalkTargets } from './crosswalk-targets.js';
import { levelOrder } from './level-order.js';
import { scoringSanity } from './scoring-sanity.js';
import { stageOrder } from './stage-order.js';
import { uniqueIds } from './unique-ids.js';

export const LINT_RULES: readonly LintRule[] = [
  uniqueIds,
  conditionRefs,
  levelOrder,
  scoringSanity,
  aggregationSanity,
  stageOrder,
  crosswalkTargets,
];

import type { Condition, Questionnaire } from '../model.js';
import type { DataPath } from '../yaml-source.js';

/** A condition with the path where it is written. */
export interface PlacedCondition {
  condition: Condition;
  path: DataPath;
}

/** Every condition of the questionnaire's stages (criteria and branches), nested ones included. */
export function placedConditions(questionnaire: Questionnaire): PlacedCondition[] {
  const out: PlacedCondition[] = [];
  const visit = (condition: Condition, path: DataPath): void => {
    out.push({ condition, path });
    if ('all' in condition) condition.all.forEach((c, i) => visit(c, [...path, 'all', i]));
    else if ('any' in condition) condition.any.forEach((c, i) => visit(c, [...path, 'any', i]));
    else if ('kOf' in condition)
      condition.kOf.conditions.forEach((c, i) => visit(c, [...path, 'kOf', 'conditions', i]));
  };
  questionnaire.stages?.stages.forEach((stage, s) => {
    stage.criteria?.forEach((c, i) => visit(c, ['stages', 'stages', s, 'criteria', i]));
    stage.branches?.forEach((branch, b) =>
      branch.criteria.forEach((c, i) => visit(c, ['stages', 'stages', s, 'branches', b, 'criteria', i])),
    );
  });
  return out;
}

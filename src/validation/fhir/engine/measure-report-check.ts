// Checks a MeasureReport against its Measure when that is loaded (--ig): a cohort measure has no
// score, only populations (https://hl7.org/fhir/R4/measure-definitions.html#cohort,
// https://hl7.org/fhir/R4/measurereport.html).
import type { EngineEnv } from './engine-env.js';
import { isObject } from './engine-env.js';
import { report, type WalkState } from './walk-state.js';

const SCORING = 'http://terminology.hl7.org/CodeSystem/measure-scoring';

export function checkMeasureReport(env: EngineEnv, state: WalkState, mr: Record<string, unknown>, path: string): void {
  if (typeof mr.measure !== 'string') return;
  const measure = env.store.measure(mr.measure);
  const scoring = measure?.scoring?.coding?.find((c) => c.system === SCORING || c.system === undefined)?.code;
  if (scoring !== 'cohort' || !Array.isArray(mr.group)) return;
  mr.group.forEach((group, i) => {
    if (isObject(group) && group.measureScore !== undefined) {
      report(
        state,
        'fhir.measure-report.score',
        `${path}.group[${i}].measureScore`,
        "the measure's scoring is 'cohort': a cohort has populations but no measureScore",
        { scoring },
      );
    }
  });
}

// Walks one resource (top level, contained, or a Bundle entry): resourceType, its elements, the
// DomainResource and Bundle invariants checked directly, and its own invariants.
import type { CompiledStructure } from './compiled-element.js';
import { evaluateConstraints } from './constraint-check.js';
import { checkBundle, indexBundle } from './bundle-invariants.js';
import { checkDomainResource } from './domain-resource-invariants.js';
import { type EngineEnv, isObject, MAX_DEPTH } from './engine-env.js';
import { containedIndex } from './reference-check.js';
import { checkMeasureReport } from './measure-report-check.js';
import { checkQuestionnaireResponse } from './questionnaire-response-check.js';
import { checkStructureDefinition } from './structure-definition-check.js';
import { walkObject } from './structure-walker.js';
import { report, type WalkState } from './walk-state.js';
import { shownValue } from '../../redact.js';

/** Walks a resource at `path` against `structure` (default: the base definition of its type). */
export function walkResource(
  env: EngineEnv,
  state: WalkState,
  value: unknown,
  path: string,
  structure?: CompiledStructure,
): void {
  if (!isObject(value)) {
    report(state, 'fhir.json.not-object', path, 'a resource must be a JSON object', {});
    return;
  }
  const type = value.resourceType;
  if (typeof type !== 'string' || !env.store.resourceTypes.has(type)) {
    // The name is the data's, not the schema's: shown only with --show-values.
    if (typeof type === 'string')
      report(state, 'fhir.json.resource-type', path, `unknown resourceType ${shownValue(type, state.showValues)}`, {});
    else report(state, 'fhir.json.resource-type', path, 'resourceType is missing: this is not a FHIR resource', {});
    return;
  }
  const def = structure && structure.type === type ? structure : env.structures.baseType(type);
  if (!def) return;
  if (state.depth >= MAX_DEPTH) {
    report(state, 'fhir.json.too-deep', path, `nested deeper than ${MAX_DEPTH} levels: not validated further`, {
      depth: MAX_DEPTH,
    });
    return;
  }
  const outerFrame = state.frame;
  const outerBundle = state.bundle;
  const fullUrl = state.bundle?.fullUrlOf.get(value);
  // A contained resource resolves #id against its container's contained resources.
  const isContained = outerFrame !== undefined && [...outerFrame.contained.values()].includes(value);
  const contained = isContained && value.contained === undefined ? outerFrame.contained : containedIndex(value);
  state.frame = { resource: value, type, contained, root: isContained ? outerFrame.root : value, fullUrl };
  if (type === 'Bundle') state.bundle = indexBundle(value);
  state.depth++;
  walkObject(env, state, def.root.children, value, path, true);
  if (type === 'Bundle') checkBundle(env, state, value, path);
  if (type === 'QuestionnaireResponse') checkQuestionnaireResponse(env, state, value, path);
  if (type === 'StructureDefinition') checkStructureDefinition(env, state, value, path);
  if (type === 'MeasureReport') checkMeasureReport(env, state, value, path);
  if (
    Array.isArray(value.contained) ||
    value.text !== undefined ||
    def.root.def.constraint?.some((c) => c.key === 'dom-6')
  ) {
    checkDomainResource(state, def, value, path, isContained);
  }
  if (def.root.constraints.length > 0) evaluateConstraints(env, state, def.root.constraints, type, value, path);
  state.depth--;
  state.frame = outerFrame;
  state.bundle = outerBundle;
}

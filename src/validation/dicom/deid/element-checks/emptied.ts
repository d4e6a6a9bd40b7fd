// Z: the attribute is emptied (PS3.15 Table E.1-1); a value still there is a finding.
import { deidFinding, hasValue } from '../deid-context.js';
import type { ElementCheck } from './element-check.js';

export const emptied: ElementCheck = {
  actions: ['Z'],
  check: (ctx, visit, action) =>
    hasValue(visit.element)
      ? deidFinding(ctx, 'notEmptied', { path: visit.path, offset: visit.element.offset }, { name: visit.name, action, tag: visit.path }, visit.element)
      : undefined,
};

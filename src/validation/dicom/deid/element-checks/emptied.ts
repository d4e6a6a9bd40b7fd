// Z: the attribute is emptied (PS3.15 Table E.1-1); a value still there is a finding.
import { hasValue, visitFinding } from '../deid-context.js';
import type { ElementCheck } from './element-check.js';

export const emptied: ElementCheck = {
  actions: ['Z'],
  check: (ctx, visit, action) =>
    hasValue(visit.element) ? visitFinding(ctx, 'dicom.deid.not-emptied', visit, action) : undefined,
};

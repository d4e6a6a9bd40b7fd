// X: the attribute is removed (PS3.15 Table E.1-1); present at all, even empty, is a finding.
import { visitFinding } from '../deid-context.js';
import type { ElementCheck } from './element-check.js';

export const removed: ElementCheck = {
  actions: ['X'],
  check: (ctx, visit, action) => visitFinding(ctx, 'dicom.deid.not-removed', visit, action),
};

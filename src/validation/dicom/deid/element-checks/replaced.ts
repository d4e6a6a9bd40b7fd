// D and U: replaced by a dummy value or UID (PS3.15 Table E.1-1). A dummy cannot be told from the
// original, so a value is only reported when the file does not declare de-identification at all.
import { hasValue, visitFinding } from '../deid-context.js';
import type { ElementCheck } from './element-check.js';

export const replaced: ElementCheck = {
  actions: ['D', 'U'],
  check: (ctx, visit, action) =>
    !ctx.declared && hasValue(visit.element) ? visitFinding(ctx, 'dicom.deid.value-kept', visit, action) : undefined,
};

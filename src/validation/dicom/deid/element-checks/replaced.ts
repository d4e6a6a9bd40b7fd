// Z, D and U: emptied or replaced by a dummy value, or by a new UID (PS3.15 Table E.1-1: Z is "zero length
// or a dummy value"). A dummy cannot be told from the original, so a value is only reported (a warning)
// when the file does not declare de-identification at all; in a file that does, it is the dummy.
import { hasValue, visitFinding } from '../deid-context.js';
import type { ElementCheck } from './element-check.js';

export const replaced: ElementCheck = {
  actions: ['Z', 'D', 'U'],
  check: (ctx, visit, action) =>
    !ctx.declared && hasValue(visit.element) ? visitFinding(ctx, 'dicom.deid.value-kept', visit, action) : undefined,
};

// U: a replaced UID must not be under a device manufacturer's root (PS3.15 E.3.9 wants new UIDs).
import { visitFinding } from '../deid-context.js';
import { vendorRootOf } from '../uid-roots.js';
import type { ElementCheck } from './element-check.js';

export const uidRoot: ElementCheck = {
  actions: ['U'],
  check(ctx, visit, action) {
    if (visit.element.vr !== 'UI') return undefined;
    for (const value of visit.element.values ?? []) {
      const root = vendorRootOf(String(value));
      if (root) {
        return visitFinding(ctx, 'dicom.deid.uid-not-replaced', visit, action, root);
      }
    }
    return undefined;
  },
};

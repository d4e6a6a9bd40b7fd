// U: a replaced UID must not be under a device manufacturer's root (PS3.15 E.3.9 wants new UIDs).
import { deidFinding } from '../deid-context.js';
import { vendorRootOf } from '../uid-roots.js';
import type { ElementCheck } from './element-check.js';

export const uidRoot: ElementCheck = {
  actions: ['U'],
  check(ctx, visit, action) {
    if (visit.element.vr !== 'UI') return undefined;
    for (const value of visit.element.values ?? []) {
      const root = vendorRootOf(String(value));
      if (root) {
        return deidFinding(ctx, 'uidVendorRoot', { path: visit.path, offset: visit.element.offset }, { name: visit.name, action, tag: visit.path, ...root }, visit.element);
      }
    }
    return undefined;
  },
};

// Functional group macros of enhanced multi-frame IODs: each required macro is in the Shared
// Functional Groups Sequence or in every item of the Per-frame Functional Groups Sequence (PS3.3 C.7.6.16).
import { report, type DicomRule } from '../dicom-rule.js';
import { iodOf } from '../iod-of.js';

export const functionalGroupsRule: DicomRule = {
  id: 'functional-groups',
  description: 'required functional group macros are in the shared item or in every per-frame item (PS3.3 C.7.6.16)',
  emits: ['dicom.functional-group.missing', 'dicom.condition.not-evaluated'],
  check(ctx) {
    const iod = iodOf(ctx.standard, ctx.parsed.dataset);
    if (!iod) return;
    for (const g of iod.groups) {
      if (g.framesWithout === 0) continue;
      const params = {
        macro: g.use.module,
        usage: g.use.usage,
        framesWithout: g.framesWithout,
        name: g.def.name,
        iodName: iod.def.name,
        condition: g.use.condition,
      };
      if (g.required === true) report(ctx, 'dicom.functional-group.missing', '(5200,9229)', params);
      else if (g.required === undefined && !g.present)
        report(ctx, 'dicom.condition.not-evaluated', '(5200,9229)', params);
    }
  },
};

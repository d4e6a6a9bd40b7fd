// Functional group macros of enhanced multi-frame IODs: each required macro is in the Shared
// Functional Groups Sequence or in every item of the Per-frame Functional Groups Sequence (PS3.3 C.7.6.16).
import { report, type DicomRule } from '../dicom-rule.js';
import { iodOf } from '../iod-of.js';

export const functionalGroupsRule: DicomRule = {
  id: 'functional-groups',
  description: 'required functional group macros are in the shared item or in every per-frame item (PS3.3 C.7.6.16)',
  emits: ['dicom.functional-group.missing', 'dicom.condition.not-evaluated'],
  check(ctx) {
    const iod = iodOf(ctx.parsed.dataset);
    if (!iod) return;
    for (const g of iod.groups) {
      if (g.framesWithout === 0) continue;
      const params = { macro: g.use.module, usage: g.use.usage, framesWithout: g.framesWithout };
      if (g.required === true) {
        report(
          ctx,
          'dicom.functional-group.missing',
          'error',
          '(5200,9229)',
          `${g.def.name} is required by the ${iod.def.name} IOD and is neither shared nor in every frame (${g.framesWithout} frame(s) without it)`,
          { params },
        );
      } else if (g.required === undefined && !g.present) {
        report(
          ctx,
          'dicom.condition.not-evaluated',
          'information',
          '(5200,9229)',
          `${g.def.name} is absent; its condition cannot be checked automatically: ${g.use.condition ?? ''}`.trim(),
          { params },
        );
      }
    }
  },
};

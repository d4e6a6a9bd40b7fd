// Mandatory modules present; conditional modules present when their condition holds (PS3.3 Annex A tables).
import { report, type DicomRule } from '../dicom-rule.js';
import { iodOf } from '../iod-of.js';

/** A module can only be detected missing when it has a Type 1 or 2 attribute at its top level. */
function detectable(attributes: { type: string }[]): boolean {
  return attributes.some((a) => a.type === '1' || a.type === '2');
}

export const moduleUsageRule: DicomRule = {
  id: 'module-usage',
  description:
    'the mandatory modules of the IOD are present, and the conditional ones whose condition holds (PS3.3 Annex A)',
  emits: ['dicom.module.missing', 'dicom.condition.not-evaluated'],
  check(ctx) {
    const iod = iodOf(ctx.standard, ctx.parsed.dataset);
    if (!iod) return;
    for (const m of iod.modules) {
      if (m.present || !detectable(m.def.attributes)) continue;
      const params = {
        module: m.use.module,
        iod: iod.id,
        usage: m.use.usage,
        name: m.def.name,
        iodName: iod.def.name,
        condition: m.use.condition,
      };
      if (m.required === true) report(ctx, 'dicom.module.missing', '', params);
      else if (m.required === undefined) report(ctx, 'dicom.condition.not-evaluated', '', params);
    }
  },
};

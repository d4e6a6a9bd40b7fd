// Values an IOD or the transfer syntax constrains beyond the module tables: Photometric Interpretation
// for the transfer syntax (PS3.5 8.2.1 JPEG, 8.2.2 RLE), enumerations and value counts an IOD imposes
// on top-level attributes (iods.json `enums`, `minValues`; PS3.3 Annex A, C.8.2.1.1.1).
import { formatTag } from '../../dictionary/dictionary.js';
import { report, type CheckContext, type DicomRule } from '../dicom-rule.js';
import { iodOf } from '../iod-of.js';

const ALLOWED_BY_SYNTAX: Record<string, string[]> = {
  // JPEG Baseline and Extended: YBR_FULL_422 (or RGB when not colour-transformed), monochrome
  '1.2.840.10008.1.2.4.50': ['MONOCHROME1', 'MONOCHROME2', 'RGB', 'YBR_FULL_422'],
  '1.2.840.10008.1.2.4.51': ['MONOCHROME1', 'MONOCHROME2', 'RGB', 'YBR_FULL_422'],
  // RLE Lossless: no subsampled YBR
  '1.2.840.10008.1.2.5': ['MONOCHROME1', 'MONOCHROME2', 'PALETTE COLOR', 'RGB', 'YBR_FULL'],
};

function checkEnum(ctx: CheckContext, tag: string, allowed: string[], iodName?: string): void {
  const element = ctx.parsed.dataset.elements.get(tag);
  const value = element?.values?.[0];
  if (value === undefined || allowed.includes(String(value).trim())) return;
  const params = { allowed: allowed.join('|'), index: 1, attribute: ctx.standard.describeTag(tag), iodName };
  report(ctx, 'dicom.enum.invalid', formatTag(tag), params, { element, value: String(value) });
}

export const iodEnumerationsRule: DicomRule = {
  id: 'iod-enumerations',
  description:
    'Photometric Interpretation allowed by the transfer syntax (PS3.5 8.2); values and value counts an IOD imposes (PS3.3 Annex A)',
  emits: ['dicom.enum.invalid'],
  check(ctx) {
    const allowed = ALLOWED_BY_SYNTAX[ctx.parsed.transferSyntax];
    if (allowed) checkEnum(ctx, '00280004', allowed);
    const iod = iodOf(ctx.standard, ctx.parsed.dataset);
    for (const [tag, values] of Object.entries(iod?.def.enums ?? {})) checkEnum(ctx, tag, values, iod!.def.name);
    for (const [tag, count] of Object.entries(iod?.def.minValues ?? {})) {
      const element = ctx.parsed.dataset.elements.get(tag);
      // also when the attribute is absent (as dciodvfy reports it): the value the IOD requires is missing either way
      const have = element?.values?.filter((v) => String(v).trim() !== '').length ?? 0;
      if (have >= count) continue;
      const params = { required: count, count: have, attribute: ctx.standard.describeTag(tag), iodName: iod!.def.name };
      report(ctx, 'dicom.enum.invalid', formatTag(tag), params, { element });
    }
  },
};

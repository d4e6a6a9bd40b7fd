// Every value is well-formed for its VR (PS3.5 6.2, Table 6.2-1); binary lengths fit the VR.
import type { DicomElement } from '../../model.js';
import { report, type DicomRule } from '../../iod/dicom-rule.js';
import { NUMERIC_VR_SIZE } from '../../parser/vr.js';
import { walkElements } from '../element-walk.js';
import { VR_FORMATS } from '../vr-format.js';

export const vrFormatRule: DicomRule = {
  id: 'vr-format',
  description: 'each value has the format and length its VR allows (PS3.5 6.2)',
  emits: ['dicom.vr.format', 'dicom.vr.length'],
  check(ctx) {
    const visit = (element: DicomElement, path: string): void => {
      const size = NUMERIC_VR_SIZE[element.vr];
      if (size !== undefined) {
        if (element.length > 0 && element.length % size !== 0) {
          const params = {
            vr: element.vr,
            length: element.length,
            size,
            attribute: ctx.standard.describeTag(element.tag),
          };
          report(ctx, 'dicom.vr.length', path, params, { element });
        }
        return;
      }
      const check = VR_FORMATS[element.vr];
      if (!check || !element.values) return;
      // a value of NULs only is an empty value, as dciodvfy reads it
      if (element.nulPadded && element.values.some((v) => v !== '')) {
        const params = { vr: element.vr, problem: 'NUL padding', attribute: ctx.standard.describeTag(element.tag) };
        report(ctx, 'dicom.vr.format', path, params, { element });
      }
      element.values.forEach((raw, i) => {
        const value = String(raw);
        if (value === '') return;
        const problem = check(value);
        if (problem === undefined) return;
        const params = { vr: element.vr, index: i + 1, problem, attribute: ctx.standard.describeTag(element.tag) };
        report(ctx, 'dicom.vr.format', path, params, { element, value });
      });
    };
    walkElements(ctx.parsed.meta, visit);
    walkElements(ctx.parsed.dataset, visit);
  },
};

// Every value is well-formed for its VR (PS3.5 6.2, Table 6.2-1); binary lengths fit the VR.
import type { DicomElement } from '../../model.js';
import { report, type DicomRule } from '../../iod/dicom-rule.js';
import { describeTag } from '../../iod/tag-path.js';
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
          report(
            ctx,
            'dicom.vr.length',
            'error',
            path,
            `${describeTag(element.tag)}: value length ${element.length} is not a multiple of ${size} for VR ${element.vr}`,
            {
              element,
              params: { vr: element.vr, length: element.length },
            },
          );
        }
        return;
      }
      const check = VR_FORMATS[element.vr];
      if (!check || !element.values) return;
      // a value of NULs only is an empty value, as dciodvfy reads it
      if (element.nulPadded && element.values.some((v) => v !== '')) {
        report(
          ctx,
          'dicom.vr.format',
          'error',
          path,
          `${describeTag(element.tag)} is padded with a NUL byte; VR ${element.vr} pads with a space (PS3.5 6.2)`,
          {
            element,
            params: { vr: element.vr, problem: 'NUL padding' },
          },
        );
      }
      element.values.forEach((raw, i) => {
        const value = String(raw);
        if (value === '') return;
        const problem = check(value);
        if (problem === undefined) return;
        report(
          ctx,
          'dicom.vr.format',
          'error',
          path,
          `value ${i + 1} of ${describeTag(element.tag)} is invalid for VR ${element.vr}: ${problem}`,
          {
            element,
            params: { vr: element.vr, index: i + 1, problem },
            value,
          },
        );
      });
    };
    walkElements(ctx.parsed.meta, visit);
    walkElements(ctx.parsed.dataset, visit);
  },
};

// Enumerated Values (errors) and Defined Terms (warnings) of the module tables (PS3.3 5.3, 5.4).
import { report, type DicomRule } from '../dicom-rule.js';
import type { AttributeDef } from '../iod-tables.js';
import { visitPath, walkAttributes } from './attribute-walk.js';

/** The definitions this rule looks at: those with Enumerated Values or Defined Terms. */
const LISTED = (def: AttributeDef): boolean => def.enum !== undefined || def.terms !== undefined;

export const enumeratedValuesRule: DicomRule = {
  id: 'enumerated-values',
  description: 'values of attributes with Enumerated Values are among them; Defined Terms are known (PS3.3 5.3)',
  emits: ['dicom.enum.invalid', 'dicom.defined-term.unknown'],
  check(ctx) {
    const seen = new Set<string>();
    walkAttributes(ctx, LISTED, (v) => {
      const list = v.def.enum ?? v.def.terms;
      if (!list) return;
      if (v.prefix === '') {
        if (seen.has(v.def.tag)) return;
        seen.add(v.def.tag);
      }
      const element = v.item.elements.get(v.def.tag);
      if (!element?.values) return;
      element.values.forEach((raw, i) => {
        const value = String(raw).trim();
        if (value === '' || list.includes(value)) return;
        const isEnum = v.def.enum !== undefined;
        const params = {
          allowed: list.join('|'),
          index: i + 1,
          attribute: ctx.standard.describeTag(v.def.tag),
          name: v.module.def.name,
        };
        report(ctx, isEnum ? 'dicom.enum.invalid' : 'dicom.defined-term.unknown', visitPath(v), params, {
          element,
          value,
        });
      });
    });
  },
};

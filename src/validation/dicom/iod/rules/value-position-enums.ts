// Enumerated Values defined for one value position of a multi-valued attribute (PS3.3 5.3: "Value 1
// shall have a value of ..."), which the module tables' lists (one list for every value) leave out:
// `positions` and `maxValues` of the module tables (standards/dicom/source/value-positions.json).
import type { AttributeDef } from '../iod-tables.js';
import { report, type DicomRule } from '../dicom-rule.js';
import { visitPath, walkAttributes, type AttributeVisit } from './attribute-walk.js';

const GENERAL = 'general-image';

const HAS_POSITIONS = (def: AttributeDef): boolean => def.positions !== undefined || def.maxValues !== undefined;

export const valuePositionEnumsRule: DicomRule = {
  id: 'value-position-enums',
  description:
    'values at a position with its own Enumerated Values (Image Type Values 1 and 2) are among them, and no more values than allowed (PS3.3 5.3)',
  emits: ['dicom.enum.invalid'],
  check(ctx) {
    // one attribute, several modules stating it: the image module's own wording wins over General Image's
    const chosen = new Map<string, AttributeVisit>();
    walkAttributes(ctx, HAS_POSITIONS, (v) => {
      if (!HAS_POSITIONS(v.def) || !v.item.elements.get(v.def.tag)?.values) return;
      const path = visitPath(v);
      if (!chosen.has(path) || chosen.get(path)?.module.use.module === GENERAL) chosen.set(path, v);
    });
    for (const [path, v] of chosen) {
      const element = v.item.elements.get(v.def.tag)!;
      const values = (element.values ?? []).map((raw) => String(raw).trim());
      const base = { attribute: ctx.standard.describeTag(v.def.tag), name: v.module.def.name };
      for (const [position, allowed] of Object.entries(v.def.positions ?? {})) {
        const value = values[Number(position) - 1] ?? '';
        if (value === '' || allowed.includes(value)) continue;
        const params = { ...base, allowed: allowed.join('|'), index: Number(position) };
        report(ctx, 'dicom.enum.invalid', path, params, { element, value });
      }
      const max = v.def.maxValues;
      if (max !== undefined && values.length > max)
        report(ctx, 'dicom.enum.invalid', path, { ...base, index: max + 1, max }, { element, value: values[max] });
    }
  },
};

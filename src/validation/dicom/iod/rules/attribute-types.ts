// Type 1 present with a value, Type 2 present, Type 1C/2C when their condition holds (PS3.5 7.4).
import type { Finding } from '../../../finding.js';
import type { DicomRuleId } from '../../rule-table.js';
import { evaluateCondition } from '../condition.js';
import type { AttributeDef } from '../iod-tables.js';
import { report, type CheckContext, type DicomRule } from '../dicom-rule.js';
import { isEmpty } from '../tag-path.js';
import { visitPath, walkAttributes, type AttributeVisit } from './attribute-walk.js';

function emit(ctx: CheckContext, v: AttributeVisit, rule: DicomRuleId): Finding {
  const element = v.item.elements.get(v.def.tag);
  const params = {
    type: v.def.type,
    module: v.module.use.module,
    attribute: ctx.standard.describeTag(v.def.tag),
    name: v.module.def.name,
  };
  return report(ctx, rule, visitPath(v), params, { element, offset: element ? undefined : v.itemOffset });
}

/** The definitions this rule looks at: all but Type 3 (those are walked through for their items only). */
const REQUIRED = (def: AttributeDef): boolean => def.type !== '3';

export const attributeTypesRule: DicomRule = {
  id: 'attribute-types',
  description:
    'Type 1 attributes present with a value, Type 2 present, Type 1C/2C present when their condition holds (PS3.5 7.4)',
  emits: [
    'dicom.type1.missing',
    'dicom.type1.empty',
    'dicom.type2.missing',
    'dicom.type1c.missing',
    'dicom.type1c.empty',
    'dicom.type2c.missing',
    'dicom.condition.not-evaluated',
    'dicom.condition.present-unsatisfied',
  ],
  check(ctx) {
    if (ctx.parsed.dataset.elements.size === 0) return;
    const root = ctx.parsed.dataset;
    // an attribute in two modules of the IOD (Samples per Pixel in Image Pixel and CT Image) is reported once
    const seen = new Set<string>();
    const notEvaluated = new Map<string, Finding>();
    walkAttributes(ctx, REQUIRED, (v) => {
      const { type } = v.def;
      if (type === '3') return;
      // duplicates come from modules sharing top-level attributes; inside items each module has its own sequences
      if (v.prefix === '') {
        if (seen.has(v.def.tag)) return;
        seen.add(v.def.tag);
      }
      const element = v.item.elements.get(v.def.tag);
      if (type === '1' || type === '2') {
        if (!element) emit(ctx, v, type === '1' ? 'dicom.type1.missing' : 'dicom.type2.missing');
        else if (type === '1' && isEmpty(element)) emit(ctx, v, 'dicom.type1.empty');
        return;
      }
      const required = v.def.when
        ? evaluateCondition(v.def.when, {
            tables: ctx.standard.tables,
            item: v.item,
            root,
            ancestors: v.ancestors,
            frames: v.frames,
          })
        : undefined;
      if (element) {
        if (type === '1C' && isEmpty(element)) emit(ctx, v, 'dicom.type1c.empty');
        // PS3.5 7.4.2 and 7.4.4: a conditional attribute shall not be present when its condition does not
        // hold, unless the standard says it "may be present otherwise" (`optional` in the tables)
        else if (required === false && !v.def.optional) emit(ctx, v, 'dicom.condition.present-unsatisfied');
        return;
      }
      if (required === true) emit(ctx, v, type === '1C' ? 'dicom.type1c.missing' : 'dicom.type2c.missing');
      else if (required === undefined) {
        // once per attribute path across the items of a sequence (a 1000-frame file would repeat it per frame)
        const pattern = `${v.prefix.replace(/\[\d+\]/g, '[n]')}${v.def.tag}`;
        const known = notEvaluated.get(pattern);
        if (known) known.params = { ...known.params, items: Number(known.params?.items) + 1 };
        else {
          const finding = emit(ctx, v, 'dicom.condition.not-evaluated');
          finding.params = { ...finding.params, items: 1 };
          notEvaluated.set(pattern, finding);
        }
      }
    });
  },
};

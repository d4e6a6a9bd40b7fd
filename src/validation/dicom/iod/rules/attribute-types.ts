// Type 1 present with a value, Type 2 present, Type 1C/2C when their condition holds (PS3.5 7.4).
import type { Finding, Severity } from '../../../finding.js';
import { evaluateCondition } from '../condition.js';
import type { AttributeDef } from '../iod-tables.js';
import { report, type CheckContext, type DicomRule } from '../dicom-rule.js';
import { describeTag, isEmpty } from '../tag-path.js';
import { visitPath, walkAttributes, type AttributeVisit } from './attribute-walk.js';

function emit(ctx: CheckContext, v: AttributeVisit, rule: string, severity: Severity, what: string): void {
  const element = v.item.elements.get(v.def.tag);
  report(
    ctx,
    rule,
    severity,
    visitPath(v),
    `Type ${v.def.type} attribute ${describeTag(v.def.tag)} of ${v.module.def.name} ${what}`,
    {
      element,
      offset: element ? undefined : v.itemOffset,
      params: { type: v.def.type, module: v.module.use.module },
    },
  );
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
        if (!element) emit(ctx, v, `dicom.type${type}.missing`, 'error', 'is missing');
        else if (type === '1' && isEmpty(element))
          emit(ctx, v, 'dicom.type1.empty', 'error', 'is present without a value');
        return;
      }
      const required = v.def.when
        ? evaluateCondition(v.def.when, { item: v.item, root, ancestors: v.ancestors, frames: v.frames })
        : undefined;
      if (element) {
        if (type === '1C' && isEmpty(element))
          emit(ctx, v, 'dicom.type1c.empty', 'error', 'is present without a value');
        // a warning, not an error: a condition read from the standard's text may be narrower than its full wording
        else if (required === false && !v.def.optional)
          emit(
            ctx,
            v,
            'dicom.condition.present-unsatisfied',
            'warning',
            'is present while its condition does not hold (it may not be present otherwise)',
          );
        return;
      }
      if (required === true)
        emit(
          ctx,
          v,
          type === '1C' ? 'dicom.type1c.missing' : 'dicom.type2c.missing',
          'error',
          'is missing while its condition holds',
        );
      else if (required === undefined) {
        // once per attribute path across the items of a sequence (a 1000-frame file would repeat it per frame)
        const pattern = `${v.prefix.replace(/\[\d+\]/g, '[n]')}${v.def.tag}`;
        const known = notEvaluated.get(pattern);
        if (known?.params) known.params.items = Number(known.params.items) + 1;
        else {
          emit(
            ctx,
            v,
            'dicom.condition.not-evaluated',
            'information',
            'is absent; its condition cannot be checked automatically',
          );
          const finding = ctx.findings[ctx.findings.length - 1]!;
          finding.params = { ...finding.params, items: 1 };
          notEvaluated.set(pattern, finding);
        }
      }
    });
  },
};

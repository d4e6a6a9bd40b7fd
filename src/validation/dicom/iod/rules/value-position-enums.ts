// Enumerated Values defined for one value position of a multi-valued attribute (PS3.3 5.3: "Value 1
// shall have a value of ..."), which the module tables' lists (one list for every value) leave out.
import { report, type DicomRule } from '../dicom-rule.js';
import { visitPath, walkAttributes, type AttributeVisit } from './attribute-walk.js';

/** Value position (1-based) -> Enumerated Values. */
type ByPosition = Readonly<Record<number, readonly string[]>>;

/** Image Type (0008,0008) Values 1 and 2 (PS3.3 C.7.6.1.1.2), as the image modules that refer to it state them. */
const IMAGE_TYPE: ByPosition = { 1: ['ORIGINAL', 'DERIVED'], 2: ['PRIMARY', 'SECONDARY'] };

/** Module id -> tag -> enumerated values by position, each from the standard's text. */
const BY_MODULE: Readonly<Record<string, Readonly<Record<string, ByPosition>>>> = {
  // C.7.6.1.1.2 and the modules whose Image Type refers to it for Values 1 and 2
  'general-image': { '00080008': IMAGE_TYPE },
  'ct-image': { '00080008': IMAGE_TYPE }, // C.8.2.1.1.1
  'mr-image': { '00080008': IMAGE_TYPE }, // C.8.3.1.1.1
  'dx-image': { '00080008': IMAGE_TYPE }, // C.8.11.1.1.1
  'us-image': { '00080008': IMAGE_TYPE }, // C.8.5.6.1.1
  // C.8.16.1.1 (Enhanced MR) and C.8.15.2.1.1 (Enhanced CT): Value 1 also MIXED, Value 2 PRIMARY only
  'enhanced-mr-image': { '00080008': { 1: ['ORIGINAL', 'DERIVED', 'MIXED'], 2: ['PRIMARY'] } },
  'enhanced-ct-image': { '00080008': { 1: ['ORIGINAL', 'DERIVED', 'MIXED'], 2: ['PRIMARY'] } },
  // C.8.20.2.1: a segmentation is derived and primary
  'segmentation-image': { '00080008': { 1: ['DERIVED'], 2: ['PRIMARY'] } },
};

const GENERAL = 'general-image';

const TAGS = new Set(Object.values(BY_MODULE).flatMap((tags) => Object.keys(tags)));

export const valuePositionEnumsRule: DicomRule = {
  id: 'value-position-enums',
  description:
    'values at a position with its own Enumerated Values (Image Type Values 1 and 2) are among them (PS3.3 5.3)',
  emits: ['dicom.enum.invalid'],
  check(ctx) {
    // one attribute, several modules stating it: the image module's own wording wins over General Image's
    const chosen = new Map<string, { v: AttributeVisit; positions: ByPosition }>();
    walkAttributes(
      ctx,
      (def) => TAGS.has(def.tag),
      (v) => {
        const positions = BY_MODULE[v.module.use.module]?.[v.def.tag];
        if (!positions || !v.item.elements.get(v.def.tag)?.values) return;
        const path = visitPath(v);
        if (!chosen.has(path) || chosen.get(path)?.v.module.use.module === GENERAL) chosen.set(path, { v, positions });
      },
    );
    for (const [path, { v, positions }] of chosen) {
      const element = v.item.elements.get(v.def.tag)!;
      for (const [position, allowed] of Object.entries(positions)) {
        const raw = element.values?.[Number(position) - 1];
        const value = raw === undefined ? '' : String(raw).trim();
        if (value === '' || allowed.includes(value)) continue;
        const params = {
          allowed: allowed.join('|'),
          index: Number(position),
          attribute: ctx.standard.describeTag(v.def.tag),
          name: v.module.def.name,
        };
        report(ctx, 'dicom.enum.invalid', path, params, { element, value });
      }
    }
  },
};

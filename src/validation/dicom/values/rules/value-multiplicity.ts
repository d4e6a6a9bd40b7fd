// The number of values fits the VM of the data dictionary (PS3.5 6.4, PS3.6 Table 6-1).
import { report, type DicomRule } from '../../iod/dicom-rule.js';
import { BULK_VRS, NUMERIC_VR_SIZE } from '../../parser/vr.js';
import { walkElements } from '../element-walk.js';
import { fitsMultiplicity } from '../value-multiplicity.js';

export const valueMultiplicityRule: DicomRule = {
  id: 'value-multiplicity',
  description: 'the number of values of each element fits its VM in the data dictionary (PS3.6)',
  emits: ['dicom.vm.invalid'],
  check(ctx) {
    walkElements(ctx.parsed.dataset, (element, path) => {
      if (element.length <= 0 || element.items || BULK_VRS.has(element.vr) || element.vr === 'SQ') return;
      const entry = ctx.standard.lookupTag(element.tag);
      if (!entry || entry.keyword === 'GroupLength') return;
      const vm = entry.multiplicity;
      if (!vm) return;
      const size = NUMERIC_VR_SIZE[element.vr];
      if (size !== undefined && element.length % size !== 0) return; // reported by vr-format as dicom.vr.length
      const count = size !== undefined ? Math.floor(element.length / size) : element.values?.length;
      if (count === undefined || fitsMultiplicity(count, vm)) return;
      report(
        ctx,
        'dicom.vm.invalid',
        path,
        { vm: entry.vm, count, attribute: ctx.standard.describeTag(element.tag) },
        { element },
      );
    });
  },
};

// The IOD is chosen by SOP Class UID (0008,0016) (PS3.4 B.5, PS3.3 Annex A).
import { report, type DicomRule } from '../dicom-rule.js';
import { iodOf } from '../iod-of.js';
import { shownStandardValue } from '../../standard-values.js';
import { MEDIA_DIRECTORY } from '../../standard/dicom-standard.js';

export const sopClassRule: DicomRule = {
  id: 'sop-class',
  description: 'the SOP Class UID names an IOD whose module tables are known (PS3.4 B.5)',
  emits: [
    'dicom.iod.unknown-sop-class',
    'dicom.iod.not-covered',
    'dicom.iod.no-sop-class',
    'dicom.iod.empty-directory',
  ],
  check(ctx) {
    const { dataset, incomplete } = ctx.parsed;
    if (dataset.elements.size === 0 && incomplete) return;
    const sop = dataset.elements.get('00080016');
    const mediaClass = ctx.parsed.meta.elements.get('00020002')?.values?.[0];
    if (!sop && typeof mediaClass === 'string' && mediaClass.trim() === MEDIA_DIRECTORY) {
      // a DICOMDIR (PS3.10 8.1): the Basic Directory IOD, known by its File-set group (see iodOf)
      if (!iodOf(ctx.standard, dataset)) report(ctx, 'dicom.iod.empty-directory', '(0004,1130)', {});
      return;
    }
    if (!sop || sop.values === undefined || sop.values.length === 0) {
      report(ctx, 'dicom.iod.no-sop-class', '(0008,0016)', {}, { element: sop });
      return;
    }
    if (iodOf(ctx.standard, dataset)) return;
    const uid = String(sop.values[0]).trim();
    const standard = ctx.standard.tables.otherSopClasses[uid];
    if (standard !== undefined) {
      report(ctx, 'dicom.iod.not-covered', '(0008,0016)', { sopClass: uid, name: standard }, { element: sop });
      return;
    }
    // not a UID the standard defines: a value of the file, shown only when values were asked for
    const sopClass = shownStandardValue(uid, ctx.standard.isStandardSopClass, ctx.options.showValues ?? false);
    report(ctx, 'dicom.iod.unknown-sop-class', '(0008,0016)', { sopClass }, { element: sop });
  },
};

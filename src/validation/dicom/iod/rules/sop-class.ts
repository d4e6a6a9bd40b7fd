// The IOD is chosen by SOP Class UID (0008,0016) (PS3.4 B.5, PS3.3 Annex A).
import { report, type DicomRule } from '../dicom-rule.js';
import { iodOf } from '../iod-of.js';
import { iodTables } from '../iod-tables.js';
import { isStandardSopClass, shownStandardValue } from '../../standard-values.js';

/** Media Storage Directory Storage: a DICOMDIR, whose dataset is the Basic Directory IOD without SOP Class UID. */
const MEDIA_DIRECTORY = '1.2.840.10008.1.3.10';

export const sopClassRule: DicomRule = {
  id: 'sop-class',
  description: 'the SOP Class UID names an IOD whose module tables are known (PS3.4 B.5)',
  emits: ['dicom.iod.unknown-sop-class', 'dicom.iod.not-covered', 'dicom.iod.no-sop-class'],
  check(ctx) {
    const { dataset, incomplete } = ctx.parsed;
    if (dataset.elements.size === 0 && incomplete) return;
    const sop = dataset.elements.get('00080016');
    const mediaClass = ctx.parsed.meta.elements.get('00020002')?.values?.[0];
    if (!sop && typeof mediaClass === 'string' && mediaClass.trim() === MEDIA_DIRECTORY) return; // a DICOMDIR (PS3.10 8.1)
    if (!sop || sop.values === undefined || sop.values.length === 0) {
      report(
        ctx,
        'dicom.iod.no-sop-class',
        'error',
        '(0008,0016)',
        'SOP Class UID (0008,0016) is missing or empty: the IOD cannot be determined',
        { element: sop },
      );
      return;
    }
    if (iodOf(dataset)) return;
    const uid = String(sop.values[0]).trim();
    const standard = iodTables().otherSopClasses[uid];
    if (standard !== undefined) {
      report(
        ctx,
        'dicom.iod.not-covered',
        'information',
        '(0008,0016)',
        `${standard}: a standard SOP Class whose IOD tables are not shipped; module and attribute checks were not run`,
        {
          element: sop,
          params: { sopClass: uid, name: standard },
        },
      );
      return;
    }
    report(
      ctx,
      'dicom.iod.unknown-sop-class',
      'warning',
      '(0008,0016)',
      'SOP Class UID is not a standard storage SOP Class: module and attribute checks were not run',
      {
        element: sop,
        // not a UID the standard defines: a value of the file, shown only when values were asked for
        params: { sopClass: shownStandardValue(uid, isStandardSopClass, ctx.options.showValues ?? false) },
      },
    );
  },
};

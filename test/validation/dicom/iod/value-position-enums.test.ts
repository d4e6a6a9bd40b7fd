import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDicomFile, parseDicomBuffer, parseDicomFile } from '../../../../src/validation/dicom/index.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';
import { ctImageElements, el, writeDicom } from '../../../helpers/dicom-writer.js';
import { PYDICOM_FILES, PYDICOM_SKIP_NOTE } from '../parser/pydicom-files.js';

const standard = loadDicomStandard();

async function imageTypeErrors(imageType: string) {
  const parsed = await parseDicomBuffer(
    writeDicom(ctImageElements([el('00080008', 'CS', imageType)])),
    'x.dcm',
    standard,
  );
  return checkDicomFile(parsed, standard)
    .filter((f) => f.rule === 'dicom.enum.invalid' && f.location.tag === '(0008,0008)')
    .map((f) => [f.params?.index, f.message]);
}

// PS3.3 C.7.6.1.1.2: Image Type Value 1 has the Enumerated Values ORIGINAL and DERIVED, Value 2 PRIMARY
// and SECONDARY; the values after them are Defined Terms or free (PS3.3 5.3: one list per value position).
describe('Enumerated Values of one value position (Image Type)', () => {
  it('accepts the values the standard lists at positions 1 and 2, and anything after them', async () => {
    expect(await imageTypeErrors('ORIGINAL\\PRIMARY\\AXIAL')).toEqual([]);
    expect(await imageTypeErrors('DERIVED\\SECONDARY\\AXIAL\\VENDOR_TERM')).toEqual([]);
  });

  it('reports a value at position 1 or 2 outside its list, once, naming the position', async () => {
    const errors = await imageTypeErrors('PRIMARY\\ORIGINAL\\AXIAL');
    expect(errors.map(([index]) => index)).toEqual([1, 2]);
    expect(errors[0]?.[1]).toBe(
      'value 1 of ImageType (0008,0008) is not one of the Enumerated Values of CT Image Module',
    );
  });

  // PS3.3 C.8.16.1.1-2 (Enhanced CT and MR): Value 1 also MIXED, Value 2 PRIMARY only; C.8.20.2
  // (Segmentation): "Value 1 shall be DERIVED. Value 2 shall be PRIMARY. No other values shall be present."
  it('uses the lists of the Enhanced CT and Segmentation image modules (standards/dicom/source/value-positions.json)', async () => {
    const errors = async (sopClass: string, imageType: string) => {
      const elements = [el('00080008', 'CS', imageType), el('00080016', 'UI', sopClass), el('00080018', 'UI', '1.2.3')];
      const parsed = await parseDicomBuffer(writeDicom(elements), 'x.dcm', standard);
      return checkDicomFile(parsed, standard)
        .filter((f) => f.rule === 'dicom.enum.invalid' && f.location.tag === '(0008,0008)')
        .map((f) => [f.params?.index, f.params?.name]);
    };
    const enhancedCt = '1.2.840.10008.5.1.4.1.1.2.1';
    const segmentation = '1.2.840.10008.5.1.4.1.1.66.4';
    expect(await errors(enhancedCt, 'MIXED\\PRIMARY\\VOLUME\\NONE')).toEqual([]);
    expect(await errors(enhancedCt, 'ORIGINAL\\SECONDARY\\VOLUME\\NONE')).toEqual([[2, 'Enhanced CT Image Module']]);
    expect(await errors(segmentation, 'DERIVED\\PRIMARY')).toEqual([]);
    expect(await errors(segmentation, 'ORIGINAL\\PRIMARY\\AXIAL')).toEqual([
      [1, 'Segmentation Image Module'],
      [3, 'Segmentation Image Module'],
    ]);
  });

  it.skipIf(!PYDICOM_FILES)(`is quiet on pydicom's real CT and MR images${PYDICOM_SKIP_NOTE}`, async () => {
    for (const name of ['CT_small.dcm', 'MR_small.dcm']) {
      const parsed = await parseDicomFile(join(PYDICOM_FILES!, name), standard);
      const image = parsed.dataset.elements.get('00080008')?.values?.slice(0, 2);
      expect(image?.every((v) => ['ORIGINAL', 'DERIVED', 'PRIMARY', 'SECONDARY'].includes(String(v)))).toBe(true);
      expect(checkDicomFile(parsed, standard).filter((f) => f.location.tag === '(0008,0008)')).toEqual([]);
    }
  });
});

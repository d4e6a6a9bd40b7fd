import { describe, expect, it } from 'vitest';
import {
  checkDeidentification,
  compileDeidProfile,
  parseDeidOptions,
} from '../../../../src/validation/dicom/deid/index.js';
import { iodAttributeTypes } from '../../../../src/validation/dicom/deid/iod-attribute-types.js';
import { CLEAN, parsed } from './parsed.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';

const standard = loadDicomStandard();

describe('iodAttributeTypes', () => {
  it("gives the Type of a top-level attribute in the file's IOD", () => {
    const typeOf = iodAttributeTypes(standard, parsed(CLEAN).dataset);
    expect(typeOf?.('00080080')).toBe('3'); // Institution Name, General Equipment
    expect(typeOf?.('00100020')).toBe('2'); // Patient ID, Patient module
    expect(typeOf?.('0020000D')).toBe('1'); // Study Instance UID
    expect(typeOf?.('00991000')).toBe('none');
  });

  it('knows nothing of an unknown SOP class', () => {
    expect(iodAttributeTypes(standard, parsed({ ...CLEAN, '00080016': ['1.2.3.4'] }).dataset)).toBeUndefined();
  });

  it('resolves compound actions with it: X/Z/D on a Type 3 attribute means remove', () => {
    const file = parsed({ ...CLEAN, '00080080': ['Fictional Hospital'], '00100020': ['PSEUDO-1'] });
    const basic = compileDeidProfile(parseDeidOptions('basic'), standard.deidProfile);
    expect(checkDeidentification(file, standard, basic).map((f) => f.rule)).toEqual([]); // lenient without Types
    const strict = checkDeidentification(file, standard, basic, { typeOf: iodAttributeTypes(standard, file.dataset) });
    expect(strict.map((f) => [f.rule, f.location.tag, f.params?.applied])).toEqual(
      expect.arrayContaining([['dicom.deid.not-removed', '(0008,0080)', 'X']]),
    );
    // Patient ID is Type 2: X/Z resolves to Z, whose value in a file declaring de-identification is the dummy
    expect(strict.map((f) => f.location.tag)).not.toContain('(0010,0020)');
    const undeclared = parsed({
      ...Object.fromEntries(Object.entries(CLEAN).filter(([tag]) => !tag.startsWith('0012'))),
      '00100020': ['PATIENT-1'],
    });
    const types = { typeOf: iodAttributeTypes(standard, undeclared.dataset) };
    expect(
      checkDeidentification(undeclared, standard, basic, types).map((f) => [f.rule, f.location.tag, f.params?.applied]),
    ).toContainEqual(['dicom.deid.value-kept', '(0010,0020)', 'Z']);
  });
});

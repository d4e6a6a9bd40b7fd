import { describe, expect, it } from 'vitest';
import {
  checkDeidentification,
  compileDeidProfile,
  parseDeidOptions,
} from '../../../../src/validation/dicom/deid/index.js';
import { CLEAN, parsed, type Spec } from './parsed.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';

const standard = loadDicomStandard();

const basic = compileDeidProfile(parseDeidOptions('basic'), standard.deidProfile);
const rules = (findings: { rule: string }[]) => findings.map((f) => f.rule).sort();
/** CLEAN without Patient Identity Removed and the method: a file that does not declare de-identification. */
const UNDECLARED = Object.fromEntries(Object.entries(CLEAN).filter(([tag]) => !tag.startsWith('0012')));

describe('checkDeidentification', () => {
  it('passes a de-identified file under the basic profile', () => {
    expect(checkDeidentification(parsed(CLEAN), standard, basic)).toEqual([]);
  });

  it('takes a value of a Z attribute in a file declaring de-identification for the dummy PS3.15 Table E.1-1 allows', () => {
    // Z: "replace with a zero length value, or a non-zero length value that may be a dummy value"
    expect(checkDeidentification(parsed({ ...CLEAN, '00100010': ['ANONYMOUS'] }), standard, basic)).toEqual([]);
  });

  it('warns of a Z attribute with a value where the file does not declare de-identification, located, no value', () => {
    const findings = checkDeidentification(parsed({ ...UNDECLARED, '00100010': ['DOE^JANE'] }), standard, basic);
    const leak = findings.find((f) => f.location.tag === '(0010,0010)');
    expect(leak).toMatchObject({ rule: 'dicom.deid.value-kept', severity: 'warning', location: { file: 'test.dcm' } });
    expect(leak?.location.offset).toBeGreaterThan(0);
    expect(JSON.stringify(findings)).not.toContain('DOE');
    expect(new Set(rules(findings))).toEqual(new Set(['dicom.deid.not-declared', 'dicom.deid.value-kept']));
  });

  it('checks the part of a partly read file for leaks, but does not judge what it declares', () => {
    const cut = { ...parsed({ ...UNDECLARED, '00100010': ['DOE^JANE'] }), incomplete: true };
    const found = rules(checkDeidentification(cut, standard, basic));
    expect(found).toContain('dicom.deid.value-kept');
    expect(found).not.toContain('dicom.deid.not-declared');
    expect(rules(checkDeidentification({ ...cut, incomplete: false }, standard, basic))).toContain(
      'dicom.deid.not-declared',
    );
  });

  it('puts the value in the finding only with showValues', () => {
    const findings = checkDeidentification(parsed({ ...UNDECLARED, '00100030': ['19700101'] }), standard, basic, {
      showValues: true,
    });
    expect(findings.find((f) => f.location.tag === '(0010,0030)')?.value).toBe('19700101');
  });

  it('reports an X attribute even when empty', () => {
    const findings = checkDeidentification(parsed({ ...CLEAN, '00081030': [''] }), standard, basic);
    expect(findings.find((f) => f.rule === 'dicom.deid.not-removed')?.location.tag).toBe('(0008,1030)');
  });

  it('keeps what an option retains', () => {
    const withDates = { ...CLEAN, '00080020': ['20240101'], '00101010': ['042Y'] };
    expect(rules(checkDeidentification(parsed(withDates), standard, basic))).toEqual([
      'dicom.deid.declared-but-identifying',
      'dicom.deid.not-removed',
    ]);
    const retained = compileDeidProfile(
      parseDeidOptions('retain-long-modified-dates,retain-patient-characteristics'),
      standard.deidProfile,
    );
    expect(checkDeidentification(parsed(withDates), standard, retained)).toEqual([]);
  });

  it('looks inside sequences, at any depth, with the item index in the path', () => {
    const nested: Record<string, Spec> = {
      ...UNDECLARED,
      '0040A730': { items: [{ '0040A010': ['CONTAINS'] }, { '0040A730': { items: [{ '00100010': ['DOE'] }] } }] },
    };
    const leak = checkDeidentification(
      parsed(nested),
      standard,
      compileDeidProfile(parseDeidOptions('clean-structured-content'), standard.deidProfile),
    ).find((f) => f.location.tag?.startsWith('(0040,A730)'));
    expect(leak).toMatchObject({
      rule: 'dicom.deid.value-kept',
      location: { tag: '(0040,A730)[1]/(0040,A730)[0]/(0010,0010)' },
    });
  });

  it('reports a sequence the profile removes once, without entering it', () => {
    const findings = checkDeidentification(
      parsed({ ...CLEAN, '00081111': { items: [{ '00081155': ['1.2.840.113619.2.1'] }] } }),
      standard,
      basic,
    );
    expect(
      findings.filter((f) => f.rule.startsWith('dicom.deid.not-') || f.rule === 'dicom.deid.uid-not-replaced'),
    ).toHaveLength(1);
  });

  it('flags UIDs under a device maker root unless UIDs are retained', () => {
    const ge = { ...CLEAN, '00080018': ['1.2.840.113619.2.55.3.1'] };
    const finding = checkDeidentification(parsed(ge), standard, basic).find(
      (f) => f.rule === 'dicom.deid.uid-not-replaced',
    );
    expect(finding?.params).toMatchObject({ vendor: 'GE Healthcare', root: '1.2.840.113619' });
    expect(
      checkDeidentification(
        parsed(ge),
        standard,
        compileDeidProfile(parseDeidOptions('retain-uids'), standard.deidProfile),
      ),
    ).toEqual([]);
  });

  it('checks the meta header too (Media Storage SOP Instance UID is replaced)', () => {
    const findings = checkDeidentification(
      parsed(CLEAN, { '00020003': { vr: 'UI', values: ['1.3.12.2.1107.5.1.4'] } }),
      standard,
      basic,
    );
    expect(findings.find((f) => f.rule === 'dicom.deid.uid-not-replaced')?.location.tag).toBe('(0002,0003)');
  });

  it('reports D values as presumably original only when the file does not declare de-identification', () => {
    const withName = { ...CLEAN, '00081070': ['SMITH'] }; // Operators' Name: D
    expect(checkDeidentification(parsed(withName), standard, basic)).toEqual([]);
    const undeclared = checkDeidentification(parsed({ ...withName, '00120062': ['NO'] }), standard, basic);
    expect(rules(undeclared)).toEqual(expect.arrayContaining(['dicom.deid.not-declared', 'dicom.deid.value-kept']));
  });

  it('requires Patient Identity Removed and a method', () => {
    const { '00120062': _pir, '00120063': _m, ...rest } = CLEAN;
    expect(rules(checkDeidentification(parsed(rest), standard, basic))).toContain('dicom.deid.not-declared');
    const { '00120063': _method, ...noMethod } = CLEAN;
    expect(rules(checkDeidentification(parsed(noMethod), standard, basic))).toEqual(['dicom.deid.method-missing']);
  });

  it('flags burned-in annotation and recognizable visual features', () => {
    const findings = checkDeidentification(
      parsed({ ...CLEAN, '00280301': ['YES'], '00280302': ['YES'] }),
      standard,
      basic,
    );
    expect(findings.map((f) => [f.rule, f.severity])).toEqual(
      expect.arrayContaining([
        ['dicom.deid.burned-in-annotation', 'error'],
        ['dicom.deid.recognizable-visual-features', 'warning'],
      ]),
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../src/validation/finding.js';
import { readDicomStandardFiles } from '../../../../src/io/dicom-standard-files.js';
import {
  checkDicomFile,
  DicomStandard,
  parseDicomBuffer,
  type AttributeDef,
} from '../../../../src/validation/dicom/index.js';
import { ctImageElements, el, seq, SOP, without, writeDicom, type WElement } from '../../../helpers/dicom-writer.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';

const standard = loadDicomStandard();

async function check(elements: WElement[], options: Parameters<typeof checkDicomFile>[2] = {}): Promise<Finding[]> {
  const parsed = await parseDicomBuffer(writeDicom(elements), 'ct.dcm', standard);
  return [...parsed.findings, ...checkDicomFile(parsed, standard, options)];
}

const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error' || f.severity === 'fatal');
const summary = (fs: Finding[]) => fs.map((f) => `${f.rule} ${f.location.tag}`);

describe('checkDicomFile: IOD conformance of a CT Image', () => {
  it('a conformant CT image has no error or warning', async () => {
    const findings = await check(ctImageElements());
    expect(findings.filter((f) => f.severity !== 'information')).toEqual([]);
  });

  it('reports conditional modules it cannot decide as information, never silently', async () => {
    const info = (await check(ctImageElements())).filter((f) => f.rule === 'dicom.condition.not-evaluated');
    expect(info.map((f) => f.params?.module)).toContain('contrast-bolus');
    expect(info.every((f) => f.severity === 'information')).toBe(true);
  });

  it('Type 1 missing and Type 1 empty', async () => {
    expect(summary(errors(await check(ctImageElements([without('00080060')]))))).toEqual([
      'dicom.type1.missing (0008,0060)',
    ]);
    // an attribute whose values the IOD also constrains is reported by both rules, as dciodvfy does
    expect(summary(errors(await check(ctImageElements([without('00080008')]))))).toEqual([
      'dicom.type1.missing (0008,0008)',
      'dicom.enum.invalid (0008,0008)',
    ]);
    const empty = errors(await check(ctImageElements([el('0020000E', 'UI', '')])));
    expect(summary(empty)).toEqual(['dicom.type1.empty (0020,000E)']);
    expect(empty[0]?.location.offset).toBeTypeOf('number');
    expect(empty[0]?.message).toContain('SeriesInstanceUID (0020,000E)');
  });

  it('Type 2 missing, while Type 2 present and empty is fine', async () => {
    expect(summary(errors(await check(ctImageElements([without('00100020')]))))).toEqual([
      'dicom.type2.missing (0010,0020)',
    ]);
    expect(errors(await check(ctImageElements([el('00100020', 'LO', '')])))).toEqual([]);
  });

  it('a mandatory module absent', async () => {
    const findings = errors(await check(ctImageElements([without('00200052'), without('00201040')])));
    expect(findings.find((f) => f.rule === 'dicom.module.missing')).toMatchObject({
      params: { module: 'frame-of-reference', usage: 'M' },
    });
  });

  it('Type 1C evaluated: Pixel Data is required when no Pixel Data Provider URL is given', async () => {
    expect(summary(errors(await check(ctImageElements([without('7FE00010')]))))).toEqual([
      'dicom.type1c.missing (7FE0,0010)',
    ]);
    expect(
      errors(await check(ctImageElements([without('7FE00010'), el('00287FE0', 'UR', 'http://example.org/pixels')]))),
    ).toEqual([]);
  });

  describe('De-identification Method (0012,0063) and its Code Sequence (0012,0064), PS3.3 C.7.1.1', () => {
    const method = el('00120063', 'LO', 'Basic Application Confidentiality Profile');
    const codes = seq('00120064', [
      [
        el('00080100', 'SH', '113100'),
        el('00080102', 'SH', 'DCM'),
        el('00080104', 'LO', 'Basic Application Confidentiality Profile'),
      ],
    ]);
    const aboutMethod = (fs: Finding[]) =>
      summary(fs.filter((f) => f.severity !== 'information' && /\(0012,006[34]\)/.test(f.location.tag ?? '')));

    it('Patient Identity Removed YES with the method, its codes, or both: no finding ("may be present otherwise")', async () => {
      for (const sent of [[method], [codes], [method, codes]]) {
        expect(aboutMethod(await check(ctImageElements([el('00120062', 'CS', 'YES'), ...sent])))).toEqual([]);
      }
    });

    it('Patient Identity Removed YES with neither: both are missing while their condition holds', async () => {
      expect(aboutMethod(await check(ctImageElements([el('00120062', 'CS', 'YES')])))).toEqual([
        'dicom.type1c.missing (0012,0063)',
        'dicom.type1c.missing (0012,0064)',
      ]);
    });

    it('identity not removed (NO, or the attribute absent): the method absent is no finding, present is allowed', async () => {
      expect(aboutMethod(await check(ctImageElements([el('00120062', 'CS', 'NO')])))).toEqual([]);
      expect(aboutMethod(await check(ctImageElements()))).toEqual([]);
      expect(aboutMethod(await check(ctImageElements([el('00120062', 'CS', 'NO'), method])))).toEqual([]);
    });
  });

  it('Type 2C evaluated: Laterality required unless Image Laterality is sent or the body part is unpaired', async () => {
    expect(summary(errors(await check(ctImageElements([without('00200060')]))))).toEqual([
      'dicom.type2c.missing (0020,0060)',
    ]);
    expect(errors(await check(ctImageElements([without('00200060'), el('00200062', 'CS', 'L')])))).toEqual([]);
    expect(errors(await check(ctImageElements([without('00200060'), el('00180015', 'CS', 'HEAD')])))).toEqual([]);
  });

  it('a 1C/2C attribute present while its condition does not hold is an error (PS3.5 7.4.2, 7.4.4)', async () => {
    // Laterality: "Required if the body part examined is a paired structure ..." (PS3.3 C.7.3.1); HEAD is not
    const elements = ctImageElements([el('00180015', 'CS', 'HEAD'), el('00200060', 'CS', 'L')]);
    expect(summary(errors(await check(elements)))).toEqual(['dicom.condition.present-unsatisfied (0020,0060)']);
    // unless the standard's text says it "may be present otherwise": the same file, with the tables saying so
    const files = readDicomStandardFiles();
    const iods = structuredClone(files.iods) as { modules: Record<string, { attributes: AttributeDef[] }> };
    for (const a of iods.modules['general-series']!.attributes) if (a.tag === '00200060') a.optional = true;
    const lenient = new DicomStandard({ ...files, iods });
    const parsed = await parseDicomBuffer(writeDicom(elements), 'ct.dcm', lenient);
    expect(errors(checkDicomFile(parsed, lenient))).toEqual([]);
  });

  it('Type 2C conditions that depend on the SOP Class and on the IOD', async () => {
    // Patient Position: required for CT and MR images without Patient Orientation Code Sequence
    expect(summary(errors(await check(ctImageElements([without('00185100')]))))).toEqual([
      'dicom.type2c.missing (0018,5100)',
    ]);
    // Patient Orientation: not required in an IOD whose Image Plane Module is mandatory
    expect(errors(await check(ctImageElements([without('00200020')])))).toEqual([]);
  });

  it('values an IOD requires: CT Image Type has a Value 3', async () => {
    const findings = errors(await check(ctImageElements([el('00080008', 'CS', 'ORIGINAL\\PRIMARY')])));
    expect(summary(findings)).toEqual(['dicom.enum.invalid (0008,0008)']);
    expect(findings[0]?.params).toEqual({
      required: 3,
      count: 2,
      attribute: 'ImageType (0008,0008)',
      iodName: 'CT Image',
    });
  });

  it('a Type 1C whose condition is not machine-checkable is reported as not evaluated', async () => {
    // Patient Species Description: "Required if the patient is an animal and ..."
    const findings = await check(ctImageElements());
    const species = findings.find(
      (f) => f.rule === 'dicom.condition.not-evaluated' && f.location.tag === '(0010,2201)',
    );
    expect(species?.severity).toBe('information');
  });

  it('checks attributes inside sequence items, with the item index in the tag path', async () => {
    const refs = seq('00081140', [
      [el('00081150', 'UI', SOP.ct), el('00081155', 'UI', '1.2.3.4')],
      [el('00081155', 'UI', '1.2.3.5')],
    ]);
    const findings = errors(await check(ctImageElements([refs])));
    expect(summary(findings)).toEqual(['dicom.type1.missing (0008,1140)[1]/(0008,1150)']);
    expect(findings[0]?.location.offset).toBeTypeOf('number');
  });

  it('enumerated values are errors, without the value unless showValues', async () => {
    const findings = errors(await check(ctImageElements([el('00100040', 'CS', 'X')])));
    expect(summary(findings)).toEqual(['dicom.enum.invalid (0010,0040)']);
    expect(findings[0]?.value).toBeUndefined();
    expect(JSON.stringify(findings)).not.toContain('"X"');
    const shown = errors(await check(ctImageElements([el('00100040', 'CS', 'X')]), { showValues: true }));
    expect(shown[0]?.value).toBe('X');
  });

  it('defined terms are warnings', async () => {
    const contrast = [el('00180010', 'LO', 'Contrast agent'), el('00181048', 'CS', 'XENON')];
    const findings = (await check(ctImageElements(contrast))).filter((f) => f.rule === 'dicom.defined-term.unknown');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', location: { tag: '(0018,1048)' } });
  });

  it('a standard SOP Class whose IOD is not shipped is information, and the IOD checks are skipped', async () => {
    const findings = await check(
      ctImageElements([el('00080016', 'UI', '1.2.840.10008.5.1.4.1.1.77.1.6'), without('00080060')]),
    );
    const sop = findings.filter((f) => f.location.tag === '(0008,0016)');
    expect(sop.map((f) => [f.rule, f.severity])).toEqual([['dicom.iod.not-covered', 'information']]);
    expect(errors(findings)).toEqual([]);
  });

  it('an unknown SOP Class is reported and the IOD checks are skipped', async () => {
    const findings = await check(
      ctImageElements([el('00080016', 'UI', '1.2.826.0.1.3680043.10.99'), without('00080060')]),
    );
    expect(summary(findings.filter((f) => f.severity !== 'information'))).toEqual([
      'dicom.iod.unknown-sop-class (0008,0016)',
    ]);
  });

  it('rules can be disabled by registry id', async () => {
    const findings = await check(ctImageElements([without('00080060')]), { disable: ['attribute-types'] });
    expect(errors(findings)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../src/validation/finding.js';
import { checkDicomFile, DEFAULT_READ_LIMITS, parseDicomBuffer } from '../../../../src/validation/dicom/index.js';
import { redactValue } from '../../../../src/validation/redact.js';
import { deeplyNestedFile, undefinedLengthFile } from '../../../helpers/dicom-hostile.js';
import { ctImageElements, el, writeDicom } from '../../../helpers/dicom-writer.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';

const standard = loadDicomStandard();

const fatal = (p: { findings: Finding[] }): Finding[] => p.findings.filter((f) => f.severity === 'fatal');

describe('read limits: each breach is a located fatal finding, what came before is kept', () => {
  it('sequences nested 10,000 deep stop at the depth limit, without a stack overflow', async () => {
    const parsed = await parseDicomBuffer(deeplyNestedFile(10_000), 'deep.dcm', standard);
    expect(fatal(parsed)).toHaveLength(1);
    const [finding] = fatal(parsed);
    expect(finding).toMatchObject({ rule: 'dicom.parse.too-deep', params: { max: DEFAULT_READ_LIMITS.maxDepth } });
    // the sequence one level past the limit: its items are not entered
    expect(finding?.location.tag).toBe('(0008,1140)[0]/'.repeat(DEFAULT_READ_LIMITS.maxDepth) + '(0008,1140)');
    expect(finding?.location.offset).toBeGreaterThan(0);
    expect(parsed.incomplete).toBe(true);
    // read before the nesting: Accession Number (0008,0050)
    expect(parsed.dataset.elements.get('00080050')?.values).toEqual(['ACC0001']);
  });

  it('reads sequences nested up to the limit whole', async () => {
    const parsed = await parseDicomBuffer(deeplyNestedFile(DEFAULT_READ_LIMITS.maxDepth), 'deep.dcm', standard);
    expect(fatal(parsed)).toEqual([]);
    expect(parsed.incomplete).toBe(false);
    expect(parsed.dataset.elements.get('7FE00010')).toBeDefined();
    expect(
      fatal(await parseDicomBuffer(deeplyNestedFile(DEFAULT_READ_LIMITS.maxDepth + 1), 'deep.dcm', standard))[0]?.rule,
    ).toBe('dicom.parse.too-deep');
  });

  it('stops at the element limit, naming the element where it stopped', async () => {
    const bytes = writeDicom(ctImageElements());
    const parsed = await parseDicomBuffer(bytes, 'many.dcm', standard, { limits: { maxElements: 10 } });
    expect(fatal(parsed)).toMatchObject([{ rule: 'dicom.parse.too-many-elements', params: { max: 10 } }]);
    expect(parsed.dataset.elements.size).toBe(10);
    // the eleventh element is named by the finding, and not read
    const eleventh = [...(await parseDicomBuffer(bytes, 'all.dcm', standard)).dataset.elements.values()][10]!;
    expect(fatal(parsed)[0]?.location).toMatchObject({
      tag: `(${eleventh.tag.slice(0, 4)},${eleventh.tag.slice(4)})`,
      offset: eleventh.offset,
    });
  });

  it('counts sequence items against the element limit', async () => {
    const items = Array.from({ length: 50 }, () => [el('00081150', 'UI', '1.2.3')]);
    const bytes = writeDicom(
      ctImageElements([{ tag: '00081140', vr: 'SQ', value: items.map((elements) => ({ elements })) }]),
    );
    const parsed = await parseDicomBuffer(bytes, 'items.dcm', standard, { limits: { maxElements: 40 } });
    expect(fatal(parsed)[0]).toMatchObject({ rule: 'dicom.parse.too-many-elements' });
    expect(fatal(parsed)[0]?.location.tag).toMatch(/^\(0008,1140\)\[\d+\]/);
  });

  it('stops when the values read exceed the byte limit', async () => {
    const parsed = await parseDicomBuffer(
      writeDicom(ctImageElements([el('00204000', 'LT', 'x'.repeat(400))])),
      'big.dcm',
      standard,
      { limits: { maxValueBytes: 300 } },
    );
    expect(fatal(parsed)).toMatchObject([{ rule: 'dicom.parse.too-much-data', params: { max: 300 } }]);
    expect(fatal(parsed)[0]?.location.tag).toMatch(/^\(\w{4},\w{4}\)$/);
  });

  it('an element of length 0xFFFFFFFF is malformed at its tag; the elements before it are kept', async () => {
    const parsed = await parseDicomBuffer(undefinedLengthFile(), 'ffff.dcm', standard);
    expect(fatal(parsed)).toMatchObject([{ rule: 'dicom.parse.malformed', location: { tag: '(0010,0010)' } }]);
    expect(parsed.dataset.elements.get('00080050')?.values).toEqual(['ACC0001']);
  });
});

describe('keys such as __proto__ and constructor in a file are plain data', () => {
  for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    it(`as Specific Character Set, Transfer Syntax UID and SOP Class UID: ${key}`, async () => {
      const bytes = writeDicom(ctImageElements([el('00080005', 'CS', key), el('00080016', 'UI', key)]), {
        metaElements: [el('00020010', 'UI', key)],
      });
      const parsed = await parseDicomBuffer(bytes, 'proto.dcm', standard);
      const rules = parsed.findings.map((f) => f.rule);
      expect(rules).toContain('dicom.meta.unknown-transfer-syntax');
      expect(rules).toContain('dicom.charset.approximate');
      expect(parsed.dataset.elements.get('00280010')?.values).toEqual([2]);
      const findings = checkDicomFile(parsed, standard);
      const sop = findings.find((f) => f.rule === 'dicom.iod.unknown-sop-class');
      expect(sop?.params).toEqual({ sopClass: redactValue(key) });
      expect(findings.some((f) => f.rule === 'dicom.iod.not-covered')).toBe(false);
    });
  }

  it('ISO 2022 terms named after Object members are unknown', async () => {
    const parsed = await parseDicomBuffer(
      writeDicom(ctImageElements([el('00080005', 'CS', 'ISO 2022 IR 6\\constructor')])),
      'iso.dcm',
      standard,
    );
    expect(parsed.findings.map((f) => f.rule)).toContain('dicom.charset.approximate');
  });
});

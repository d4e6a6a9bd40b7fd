import { describe, expect, it } from 'vitest';
import { checkDicomFile, parseDicomBuffer } from '../../../../src/validation/dicom/index.js';
import { el, seq, writeDicom, type WElement } from '../../../helpers/dicom-writer.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';

const standard = loadDicomStandard();

const ENHANCED_MR = '1.2.840.10008.5.1.4.1.1.4.1';
const code = [el('00080100', 'SH', 'T-D1100'), el('00080102', 'SH', 'SRT'), el('00080104', 'LO', 'Head')];

function enhancedMr(perFrame: WElement[][], shared: WElement[]): WElement[] {
  return [
    el('00080016', 'UI', ENHANCED_MR),
    el('00080018', 'UI', '1.2.826.0.1.3680043.10.1.20'),
    el('00280008', 'IS', String(perFrame.length)),
    seq('52009229', [shared]),
    seq('52009230', perFrame),
  ];
}

const shared = [
  seq('00289110', [[el('00280030', 'DS', '0.5\\0.5'), el('00180050', 'DS', '1')]]),
  seq('00209116', [[el('00200037', 'DS', '1\\0\\0\\0\\1\\0')]]),
  seq('00209071', [[seq('00082218', [code]), el('00209072', 'CS', 'U')]]),
];
const frame = (n: number, withContent = true): WElement[] => [
  ...(withContent ? [seq('00209111', [[el('00209157', 'UL', [n])]])] : []),
  seq('00209113', [[el('00200032', 'DS', `0\\0\\${n}`)]]),
];

async function rulesOf(elements: WElement[]): Promise<string[]> {
  const parsed = await parseDicomBuffer(writeDicom(elements), 'mr.dcm', standard);
  return checkDicomFile(parsed, standard)
    .filter((f) => f.rule === 'dicom.functional-group.missing' || f.location.tag?.startsWith('(5200,'))
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.location.tag} ${f.params?.macro ?? ''}`.trim());
}

describe('functional group macros (PS3.3 C.7.6.16)', () => {
  it('a condition not evaluated in every frame is reported once, with the number of items', async () => {
    // Dimension Index Values (0020,9157) is 1C with a condition that is not machine-checkable
    const frames = Array.from({ length: 30 }, (_, i) => [
      seq('00209111', [[el('00209156', 'US', [i + 1])]]),
      seq('00209113', [[el('00200032', 'DS', `0\\0\\${i}`)]]),
    ]);
    const parsed = await parseDicomBuffer(writeDicom(enhancedMr(frames, shared)), 'mr.dcm', standard);
    const info = checkDicomFile(parsed, standard).filter(
      (f) => f.rule === 'dicom.condition.not-evaluated' && f.location.tag?.startsWith('(5200,9230)'),
    );
    const paths = info.map((f) => f.location.tag!.replace(/\[\d+\]/g, '[n]'));
    expect(new Set(paths).size).toBe(paths.length);
    expect(info.map((f) => `${f.location.tag} ${f.params?.items}`)).toContain(
      '(5200,9230)[0]/(0020,9111)[0]/(0020,9157) 30',
    );
  });

  it('a mandatory macro in neither the shared item nor every frame is reported once, with the count of frames', async () => {
    const findings = await rulesOf(enhancedMr([frame(1), frame(2, false)], shared));
    expect(findings).toContain('dicom.functional-group.missing (5200,9229) frame-content');
    expect(findings).not.toContain('dicom.functional-group.missing (5200,9229) pixel-measures');
  });

  it('checks the attributes of a macro inside each per-frame item, with the frame index in the path', async () => {
    const sharedNoAnatomy = shared.filter((e) => e.tag !== '00209071');
    const anatomy = (laterality: boolean) =>
      seq('00209071', [[seq('00082218', [code]), ...(laterality ? [el('00209072', 'CS', 'U')] : [])]]);
    const emptyContent = [seq('00209111', []), seq('00209113', [[el('00200032', 'DS', '0\\0\\3')]]), anatomy(true)];
    const findings = await rulesOf(
      enhancedMr([[...frame(1), anatomy(true)], [...frame(2), anatomy(false)], emptyContent], sharedNoAnatomy),
    );
    expect(findings).toContain('dicom.type1.missing (5200,9230)[1]/(0020,9071)[0]/(0020,9072)');
    expect(findings).toContain('dicom.type1.empty (5200,9230)[2]/(0020,9111)');
    expect(findings.filter((f) => f.includes('[0]/(0020,9071)'))).toEqual([]);
  });

  it('a condition on "Value 1 of this frame" reads Frame Type from the sibling macro of the same frame', async () => {
    const frameType = (v: string) => seq('00189226', [[el('00089007', 'CS', `${v}\\PRIMARY\\M\\NONE`)]]);
    const frames = [
      [...frame(1), frameType('ORIGINAL')],
      [...frame(2), frameType('DERIVED')],
    ];
    const findings = await rulesOf(enhancedMr(frames, shared));
    expect(findings).toContain('dicom.type1c.missing (5200,9230)[0]/(0020,9111)[0]/(0018,9151)');
    expect(findings.filter((f) => f.includes('(5200,9230)[1]/(0020,9111)'))).toEqual([]);
  });
});

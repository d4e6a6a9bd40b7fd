import { describe, expect, it } from 'vitest';
import { checkDicomFile, parseDicomBuffer } from '../../../../src/validation/dicom/index.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';
import { ctImageElements, el, seq, SOP, writeDicom, type WElement } from '../../../helpers/dicom-writer.js';

const standard = loadDicomStandard();

async function errorsOf(elements: WElement[]): Promise<string[]> {
  const parsed = await parseDicomBuffer(writeDicom(elements), 'x.dcm', standard);
  return [...parsed.findings, ...checkDicomFile(parsed, standard)]
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.location.tag}`);
}

const code = (value: string, meaning: string): WElement[] => [
  el('00080100', 'SH', value),
  el('00080102', 'SH', 'DCM'),
  el('00080104', 'LO', meaning),
];

/** A Comprehensive SR whose root container holds `content`, with `extra` top-level elements. */
function comprehensiveSr(content: WElement[][], extra: WElement[] = []): WElement[] {
  const ct = new Map(ctImageElements().map((e) => [e.tag, e]));
  const keep = ['00080018', '00080020', '00080030', '00080050', '00080070', '00080090'];
  const patient = ['00100010', '00100020', '00100030', '00100040', '0020000D', '00200010'];
  return [
    ...[...keep, ...patient].map((t) => ct.get(t)!),
    el('00080016', 'UI', SOP.comprehensiveSr),
    el('00080023', 'DA', '20240102'),
    el('00080033', 'TM', '101600'),
    el('00080060', 'CS', 'SR'),
    el('0020000E', 'UI', '1.2.826.0.1.3680043.10.1.30'),
    el('00200011', 'IS', '1'),
    el('00200013', 'IS', '1'),
    seq('00081111', []),
    seq('0040A372', []),
    el('0040A491', 'CS', 'COMPLETE'),
    el('0040A493', 'CS', 'UNVERIFIED'),
    el('0040A040', 'CS', 'CONTAINER'),
    seq('0040A043', [code('18748-4', 'Diagnostic Imaging Report')]),
    el('0040A050', 'CS', 'SEPARATE'),
    seq('0040A730', content),
    ...extra,
  ];
}

const CT_REF = [el('00081150', 'UI', SOP.ct), el('00081155', 'UI', '1.2.826.0.1.3680043.10.1.1')];
/** An IMAGE content item referencing the CT image, one level down in a CONTAINER (the reference may be anywhere in the tree). */
const imageInContainer = [
  el('0040A010', 'CS', 'CONTAINS'),
  el('0040A040', 'CS', 'CONTAINER'),
  seq('0040A043', [code('121070', 'Findings')]),
  el('0040A050', 'CS', 'SEPARATE'),
  seq('0040A730', [
    [
      el('0040A010', 'CS', 'CONTAINS'),
      el('0040A040', 'CS', 'IMAGE'),
      seq('0040A043', [code('121200', 'Illustration of Finding')]),
      seq('00081199', [CT_REF]),
    ],
  ]),
];
const text = [
  el('0040A010', 'CS', 'CONTAINS'),
  el('0040A040', 'CS', 'TEXT'),
  seq('0040A043', [code('121071', 'Finding')]),
  el('0040A160', 'UT', 'No abnormality'),
];
/** PS3.3 Table C.17-3 (Hierarchical SOP Instance Reference Macro): study, series, then the instances. */
const evidence = seq('0040A375', [
  [
    seq('00081115', [[seq('00081199', [CT_REF]), el('0020000E', 'UI', '1.2.826.0.1.3680043.10.1.3')]]),
    el('0020000D', 'UI', '1.2.826.0.1.3680043.10.1.2'),
  ],
]);

// PS3.3 C.17.2 (Table C.17-2), C.17.2.3: Current Requested Procedure Evidence Sequence (0040,A375) is
// required "if instances are referenced in the content tree"; it may be present otherwise.
describe('SR evidence: Current Requested Procedure Evidence Sequence', () => {
  it('is required when a content item, at any depth, references an instance; not required otherwise', async () => {
    expect(await errorsOf(comprehensiveSr([imageInContainer]))).toEqual(['dicom.type1c.missing (0040,A375)']);
    expect(await errorsOf(comprehensiveSr([imageInContainer], [evidence]))).toEqual([]);
    expect(await errorsOf(comprehensiveSr([text]))).toEqual([]);
    expect(await errorsOf(comprehensiveSr([text], [evidence]))).toEqual([]); // "May be present otherwise"
  });
});

// PS3.3 Table 10-3 (Image SOP Instance Reference Macro): Referenced Frame Number (0008,1160) is required
// if the referenced instance is a multi-frame image (and the reference is not to all frames); the text
// does not say it may be present otherwise, so in a reference to a single-frame class it shall not be
// present (PS3.5 7.4.2).
describe('Referenced Frame Number in a reference to a single-frame SOP Class', () => {
  const referencing = (sopClass: string) =>
    ctImageElements([
      seq('00081140', [
        [
          el('00081150', 'UI', sopClass),
          el('00081155', 'UI', '1.2.826.0.1.3680043.10.1.77'),
          el('00081160', 'IS', '1'),
        ],
      ]),
    ]);

  it('is an error for a CT Image (single-frame), not for an NM Image (multi-frame) or a class without tables', async () => {
    expect(await errorsOf(referencing(SOP.ct))).toEqual([
      'dicom.condition.present-unsatisfied (0008,1140)[0]/(0008,1160)',
    ]);
    expect(await errorsOf(referencing('1.2.840.10008.5.1.4.1.1.20'))).toEqual([]);
    // Ophthalmic Tomography Image: a standard class whose IOD tables are not shipped: not decided
    expect(await errorsOf(referencing('1.2.840.10008.5.1.4.1.1.77.1.5.4'))).toEqual([]);
  });

  it('is an error in an SR IMAGE content item referencing a CT image (Image Reference Macro, PS3.3 C.18.3)', async () => {
    const image = [
      el('0040A010', 'CS', 'CONTAINS'),
      el('0040A040', 'CS', 'IMAGE'),
      seq('0040A043', [code('121200', 'Illustration of Finding')]),
      seq('00081199', [[...CT_REF, el('00081160', 'IS', '1')]]),
    ];
    expect(await errorsOf(comprehensiveSr([image], [evidence]))).toEqual([
      'dicom.condition.present-unsatisfied (0040,A730)[0]/(0008,1199)[0]/(0008,1160)',
    ]);
  });
});

// PS3.3 C.7.6.3 (Image Pixel Module): Pixel Aspect Ratio (0028,0034) is required when the ratio is not 1:1 and
// no pixel spacing is given; it does not say it may be present otherwise, so beside Pixel Spacing it shall not be.
describe('Pixel Aspect Ratio beside a pixel spacing', () => {
  it('is an error with Pixel Spacing (0028,0030), not without it', async () => {
    expect(await errorsOf(ctImageElements([el('00280034', 'IS', '1\\1')]))).toEqual([
      'dicom.condition.present-unsatisfied (0028,0034)',
    ]);
    const noSpacing = ctImageElements([el('00280034', 'IS', '1\\1'), { tag: '00280030', vr: 'DELETE' }]);
    expect((await errorsOf(noSpacing)).filter((e) => e.includes('(0028,0034)'))).toEqual([]);
  });
});

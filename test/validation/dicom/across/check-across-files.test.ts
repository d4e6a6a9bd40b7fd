import { describe, expect, it } from 'vitest';
import { redactValue } from '../../../../src/validation/redact.js';
import { checkAcrossFiles, digestOf } from '../../../../src/validation/dicom/across/index.js';
import { parsed, type Spec } from '../deid/parsed.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';

const standard = loadDicomStandard();

const file = (name: string, spec: Record<string, Spec>) =>
  digestOf(
    parsed(
      {
        '00080016': ['1.2.840.10008.5.1.4.1.1.2'],
        '0020000D': ['2.25.1'],
        '0020000E': ['2.25.11'],
        '00080060': ['CT'],
        '00100020': ['P1'],
        ...spec,
      },
      {},
      name,
    ),
  );

describe('checkAcrossFiles', () => {
  it('is quiet for a consistent series', () => {
    expect(
      checkAcrossFiles(
        [file('a.dcm', { '00080018': ['2.25.100'] }), file('b.dcm', { '00080018': ['2.25.101'] })],
        standard,
      ),
    ).toEqual([]);
  });

  it('reports a duplicate SOP Instance UID with another content on the later file, naming the first', () => {
    const findings = checkAcrossFiles(
      [file('b.dcm', { '00080018': ['2.25.100'], '00200013': ['2'] }), file('a.dcm', { '00080018': ['2.25.100'] })],
      standard,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'dicom.across.duplicate-sop-instance',
      location: { file: 'b.dcm', tag: '(0008,0018)' },
      params: { firstFile: 'a.dcm' },
    });
  });

  it('reports patient and study attributes that differ within a study, without the values', () => {
    const findings = checkAcrossFiles(
      [
        file('a.dcm', { '00080018': ['2.25.100'], '00100030': ['19700101'] }),
        file('b.dcm', { '00080018': ['2.25.101'], '00100020': ['P2'], '00100030': ['19710101'] }),
      ],
      standard,
    );
    expect(findings.map((f) => f.location.tag)).toEqual(['(0010,0020)', '(0010,0030)']);
    expect(findings.every((f) => f.rule === 'dicom.across.study-attribute-differs')).toBe(true);
    expect(JSON.stringify(findings)).not.toMatch(/P2|1971/);
    const shown = checkAcrossFiles([file('a.dcm', {}), file('b.dcm', { '00100020': ['P2'] })], standard, {
      showValues: true,
    });
    expect(shown[0]?.value).toBe('P2');
  });

  it('reports a series with mixed modalities and a series in two studies', () => {
    const findings = checkAcrossFiles(
      [file('a.dcm', {}), file('b.dcm', { '00080060': ['MR'], '0020000D': ['2.25.2'] })],
      standard,
    );
    expect(findings.map((f) => f.rule).sort()).toEqual([
      'dicom.across.series-in-several-studies',
      'dicom.across.series-mixed-modality',
    ]);
  });

  it('names Modality Defined Terms but not free text in a Modality, unless values are asked for', () => {
    const files = [file('a.dcm', {}), file('b.dcm', { '00080060': ['MRN 0012345'] })];
    const [hidden] = checkAcrossFiles(files, standard);
    expect(hidden?.params).toEqual({ firstFile: 'a.dcm', modality: redactValue('MRN 0012345'), firstModality: 'CT' });
    expect(JSON.stringify(hidden)).not.toContain('0012345');
    expect(checkAcrossFiles(files, standard, { showValues: true })[0]?.params?.modality).toBe('MRN 0012345');
  });

  it('leaves DICOMDIR files out', () => {
    const dir = digestOf(
      parsed({ '00080018': ['2.25.100'] }, { '00020002': { vr: 'UI', values: ['1.2.840.10008.1.3.10'] } }, 'DICOMDIR'),
    );
    expect(dir.dicomdir).toBe(true);
    expect(checkAcrossFiles([dir, file('a.dcm', { '00080018': ['2.25.100'] })], standard)).toEqual([]);
  });
});

describe('DICOMDIR references', () => {
  const dicomdir = (file: string, ids: string[][]) =>
    digestOf(
      parsed(
        { '00041220': { items: ids.map((id) => ({ '00041430': ['IMAGE'], '00041500': id })) } },
        { '00020002': { vr: 'UI', values: ['1.2.840.10008.1.3.10'] } },
        file,
      ),
    );

  it('reports a referenced file that is not among the files examined', () => {
    const findings = checkAcrossFiles(
      [
        dicomdir('cd/DICOMDIR', [
          ['IMG', 'A1'],
          ['IMG', 'A2'],
        ]),
        file('cd/IMG/A1', { '00080018': ['2.25.100'] }),
      ],
      standard,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'dicom.across.dicomdir-missing-file',
      location: { file: 'cd/DICOMDIR', tag: '(0004,1220)[1]/(0004,1500)' },
      params: { fileId: redactValue('IMG/A2') },
    });
    const shown = checkAcrossFiles(
      [
        dicomdir('cd/DICOMDIR', [
          ['IMG', 'A1'],
          ['IMG', 'A2'],
        ]),
        file('cd/IMG/A1', { '00080018': ['2.25.100'] }),
      ],
      standard,
      { showValues: true },
    );
    expect(shown[0]?.params).toEqual({ fileId: 'IMG/A2' });
  });

  it('matches File IDs without case and leaves a DICOMDIR named alone unchecked', () => {
    expect(checkAcrossFiles([dicomdir('cd/DICOMDIR', [['IMG', 'A1']]), file('cd/img/a1', {})], standard)).toEqual([]);
    expect(
      checkAcrossFiles(
        [
          dicomdir('cd/DICOMDIR', [
            ['IMG', 'A1'],
            ['IMG', 'A2'],
          ]),
        ],
        standard,
      ),
    ).toEqual([]);
  });
});

describe('memory kept per file for the checks across files', () => {
  it('keeps a study-level value longer than any VR allows as its hash, and still compares it', () => {
    const long = (c: string) => c.repeat(60_000);
    const a = file('a.dcm', { '00080018': ['2.25.100'], '00081030': [long('a')] });
    const b = file('b.dcm', { '00080018': ['2.25.101'], '00081030': [long('b')] });
    expect(a.studyLevel['00081030']?.length).toBeLessThan(200);
    expect(checkAcrossFiles([a, b], standard).map((f) => f.location.tag)).toEqual(['(0008,1030)']);
    expect(
      checkAcrossFiles([a, file('c.dcm', { '00080018': ['2.25.102'], '00081030': [long('a')] })], standard),
    ).toEqual([]);
  });
});

import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { digestOf } from '../../../../src/validation/dicom/across/index.js';
import {
  DICOM_CONFORMANCE_SCHEMA,
  DicomSummaryBuilder,
  formatDicomSummary,
  summariseBatch,
  type FileResult,
} from '../../../../src/validation/dicom/summary/index.js';
import { DISTINCT_VALUE_LIMIT, OTHER_VALUES } from '../../../../src/validation/dicom/summary/summary-builder.js';
import type { Finding } from '../../../../src/validation/finding.js';
import { parsed } from '../deid/parsed.js';
import { loadDicomStandard } from '../../../../src/run/dicom-standard.js';

const standard = loadDicomStandard();

const validate = new Ajv2020({ allErrors: true }).compile(DICOM_CONFORMANCE_SCHEMA);

const digest = (file: string, modality: string, series: string) =>
  digestOf(
    parsed(
      {
        '00080016': ['1.2.840.10008.5.1.4.1.1.2'],
        '00080018': [`2.25.${file.length}`],
        '0020000D': ['2.25.1'],
        '0020000E': [series],
        '00080060': [modality],
      },
      {},
      file,
    ),
  );
const finding = (file: string, rule: string, severity: Finding['severity'], offset = 10): Finding => ({
  rule,
  severity,
  location: { file, tag: '(0010,0010)', offset },
  message: rule,
});

/** Adds one file as a batch of its own, findings included. */
const addFile = (builder: DicomSummaryBuilder, result: FileResult) =>
  builder.addBatch(summariseBatch(0, [result], true));

function build() {
  const builder = new DicomSummaryBuilder(standard, { deid: ['basic'], showValues: false });
  addFile(builder, { digest: digest('a.dcm', 'CT', '2.25.11'), findings: [] });
  addFile(builder, {
    digest: digest('b.dcm', 'CT', '2.25.11'),
    findings: [finding('b.dcm', 'dicom.deid.not-emptied', 'error'), finding('b.dcm', 'dicom.type2.missing', 'error')],
  });
  addFile(builder, {
    digest: digest('c.dcm', 'MR', '2.25.12'),
    findings: [finding('c.dcm', 'dicom.deid.not-emptied', 'error', 20), finding('c.dcm', 'dicom.vr.format', 'warning')],
  });
  addFile(builder, {
    digest: { ...digest('d.dcm', 'MR', '2.25.12'), studyUid: undefined, seriesUid: undefined, modality: undefined },
    findings: [finding('d.dcm', 'dicom.parse.truncated', 'fatal', 300)],
    partlyRead: true,
  });
  builder.addSkipped(2);
  return builder.build(['export/']);
}

describe('DicomSummaryBuilder', () => {
  const summary = build();

  it('counts files, studies, series, modalities and shares', () => {
    expect(summary.totals).toEqual({ items: 4, conformant: 2, withErrors: 1, notChecked: 0, unreadable: 1 });
    expect(summary.dicom).toMatchObject({
      files: 4,
      parsed: 3,
      partlyRead: 1,
      studies: 1,
      series: 2,
      skipped: 2,
      deidentified: 1,
    });
    expect(summary.dicom.modalities).toEqual([
      { value: 'CT', count: 2 },
      { value: 'MR', count: 1 },
    ]);
    expect(summary.dicom.transferSyntaxes).toEqual([
      { value: '1.2.840.10008.1.2.1', name: 'Explicit VR Little Endian', count: 3 },
    ]);
    expect(summary.metrics).toMatchObject({
      'dicom.conformant_share': 0.5,
      'dicom.deidentified_share': 0.25,
      'dicom.parse_ok_share': 0.75,
    });
    expect(summary.dicom.unreadable).toEqual([{ file: 'd.dcm', rule: 'dicom.parse.truncated', offset: 300 }]);
    expect(summary.dicom.deidNotChecked.join(' ')).toContain('dummy');
  });

  it('ranks findings by count with the first example', () => {
    expect(summary.findings[0]).toMatchObject({ rule: 'dicom.deid.not-emptied', count: 2, example: { file: 'b.dcm' } });
    expect(summary.details.total).toBe(5);
  });

  it('matches its JSON Schema and is deterministic', () => {
    expect(validate(summary), JSON.stringify(validate.errors)).toBe(true);
    expect(JSON.stringify(build())).toBe(JSON.stringify(summary));
  });

  it('has null shares, not zero, when nothing was read', () => {
    const empty = new DicomSummaryBuilder(standard, { deid: ['basic'], showValues: false }).build([]);
    expect(empty.metrics['dicom.conformant_share']).toBeNull();
    expect(empty.metrics['dicom.deidentified_share']).toBeNull();
    expect(validate(empty)).toBe(true);
  });

  it('keeps at most DISTINCT_VALUE_LIMIT distinct modalities, the others in one row', () => {
    const builder = new DicomSummaryBuilder(standard, { deid: ['basic'], showValues: true });
    for (let i = 0; i < DISTINCT_VALUE_LIMIT + 5; i += 1)
      addFile(builder, { digest: digest(`f${i}.dcm`, `M${i}`, '2.25.11'), findings: [] });
    const built = builder.build([]);
    expect(built.dicom.modalities).toHaveLength(DISTINCT_VALUE_LIMIT + 1);
    expect(built.dicom.modalities[0]).toEqual({
      value: OTHER_VALUES,
      name: `values past the first ${DISTINCT_VALUE_LIMIT} distinct ones`,
      count: 5,
    });
    expect(validate(built), JSON.stringify(validate.errors)).toBe(true);
  });

  it('caps the listed findings but counts them all', () => {
    const builder = new DicomSummaryBuilder(standard, { deid: ['basic'], showValues: false, detailLimit: 1 });
    addFile(builder, {
      digest: digest('a.dcm', 'CT', '2.25.11'),
      findings: [finding('a.dcm', 'x.y', 'error'), finding('a.dcm', 'x.y', 'error')],
    });
    expect(builder.wantsFindings()).toBe(false);
    expect(builder.build([]).details).toMatchObject({ total: 2, limit: 1 });
  });

  it('formats a text summary with the top findings and their example locations', () => {
    const text = formatDicomSummary(summary);
    expect(text).toContain('4 file(s)');
    expect(text).toContain('Modalities: CT 2, MR 1');
    expect(text).toMatch(/dicom\.deid\.not-emptied {2}e\.g\. b\.dcm \(0010,0010\) byte 10/);
    expect(text).toContain('File problems (1 unreadable, 1 of them partly read and counted as not de-identified):');
    expect(text).toContain('De-identified (basic): 1/4 (25.0%)');
    expect(text).toMatch(/fatal +dicom\.parse\.truncated +d\.dcm \(0010,0010\) byte 300/);
  });
});

describe('summariseBatch', () => {
  it('tallies a batch where it was checked and keeps its findings only when asked', () => {
    const results = [
      { digest: digest('a.dcm', 'CT', '2.25.11'), findings: [finding('a.dcm', 'dicom.deid.not-declared', 'error')] },
      { digest: digest('b.dcm', 'CT', '2.25.11'), findings: [finding('b.dcm', 'dicom.parse.truncated', 'fatal', 7)] },
    ];
    const batch = summariseBatch(4, results, false);
    expect(batch).toMatchObject({ first: 4, listableCount: 2 });
    expect(batch.findingsJson).toBeUndefined();
    expect(batch.files.map((f) => [f.conformant, f.deidentified, f.declared, f.unreadable])).toEqual([
      [true, false, false, undefined],
      [false, false, true, { rule: 'dicom.parse.truncated', offset: 7 }],
    ]);
    expect(JSON.parse(summariseBatch(4, results, true).findingsJson ?? '')).toHaveLength(2);
  });

  it('never counts a partly read file as de-identified, even without a de-identification finding', () => {
    const cut = {
      digest: digest('a.dcm', 'CT', '2.25.11'),
      findings: [finding('a.dcm', 'dicom.parse.malformed', 'fatal', 9)],
      partlyRead: true,
    };
    expect(summariseBatch(0, [cut], false).files[0]).toMatchObject({
      deidentified: false,
      partlyRead: true,
      unreadable: { rule: 'dicom.parse.malformed' },
    });
  });

  it('counts information findings by rule but does not list them', () => {
    const info = {
      digest: digest('a.dcm', 'CT', '2.25.11'),
      findings: [finding('a.dcm', 'dicom.condition.not-evaluated', 'information')],
    };
    const batch = summariseBatch(0, [info], true);
    expect(batch).toMatchObject({
      listableCount: 0,
      findingsJson: '[]',
      tally: [{ rule: 'dicom.condition.not-evaluated', count: 1 }],
    });
  });
});

// Each bad input: a clear located error, nothing written for its subject, the others written (exit 4).
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir, type CliResult } from '../helpers/cli.js';
import type { Questionnaire } from '../../src/questionnaire/model.js';
import {
  fillCsvLong,
  fillCsvWide,
  fillXlsx,
  formAnswers,
  loadQ,
  questionnaireResponse,
  type Filled,
} from './form-fill.js';

const Q = 'comprehensive-diagnostics';
let dir: string;
let q: Questionnaire;
let run: CliResult;

const as = (f: Filled, id: string): Filled => ({ subject: { ...f.subject, id }, answers: f.answers });

async function xlsxVariant(name: string, f: Filled, mutate: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = await fillXlsx(join(dir, 'form.xlsx'), join(dir, 'scratch.xlsx'), q, as(f, name));
  mutate(wb);
  await wb.xlsx.writeFile(join(dir, 'in', `${name}.xlsx`));
}

beforeAll(async () => {
  dir = await tempDir('readiness-forms-bad-');
  q = await loadQ(Q);
  await mkdir(join(dir, 'in'));
  const uka = await formAnswers(join(ROOT, 'examples/european-consortium/de-uka.yaml'));
  for (const format of ['xlsx', 'fhir'])
    expect((await runCli(['form', Q, '--format', format, '--out', join(dir, `form.${format}`)])).code).toBe(0);
  expect((await runCli(['form', Q, '--format', 'csv', '--out', join(dir, 'form.csv')])).code).toBe(0);
  expect((await runCli(['form', Q, '--format', 'csv', '--layout', 'wide', '--out', join(dir, 'wide.csv')])).code).toBe(
    0,
  );
  await fillXlsx(join(dir, 'form.xlsx'), join(dir, 'in', 'good.xlsx'), q, uka);
  await xlsxVariant('row-deleted', uka, (wb) => wb.getWorksheet('ehr')!.spliceRows(5, 1));
  await xlsxVariant('sheet-renamed', uka, (wb) => (wb.getWorksheet('integration')!.name = 'Integration data'));
  await xlsxVariant('off-list', uka, (wb) => (wb.getWorksheet('ehr')!.getCell('C5').value = 9));
  await xlsxVariant('text-number', uka, (wb) => (wb.getWorksheet('ehr')!.getCell('C3').value = 'about 80'));
  await xlsxVariant(
    'formula',
    uka,
    (wb) => (wb.getWorksheet('ehr')!.getCell('C3').value = { formula: '90+7', result: 97 }),
  );
  await xlsxVariant('merged', uka, (wb) => wb.getWorksheet('ehr')!.mergeCells('C4:D4'));
  await xlsxVariant('dup-a', uka, () => undefined);
  await xlsxVariant('dup-b', uka, (wb) => (wb.getWorksheet('Subject')!.getCell('B2').value = 'dup-a'));
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet('Sheet1');
  await empty.xlsx.writeFile(join(dir, 'in', 'empty.xlsx'));
  const good = await readFile(join(dir, 'in', 'good.xlsx'));
  await writeFile(join(dir, 'in', 'corrupt.xlsx'), good.subarray(0, 2000));
  const ole = Buffer.alloc(4096, 7);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  await writeFile(join(dir, 'in', 'password.xlsx'), ole);
  // A wide CSV whose second subject was saved with another separator.
  await fillCsvWide(join(dir, 'wide.csv'), join(dir, 'scratch.csv'), q, [as(uka, 'csv-one'), as(uka, 'csv-two')]);
  const lines = (await readFile(join(dir, 'scratch.csv'), 'utf8')).split('\n');
  lines[2] = lines[2]!.replace(/,/g, ';');
  await writeFile(join(dir, 'in', 'mixed.csv'), lines.join('\n'));
  // A long CSV with a misspelt indicator id, and one with a fraction for a percentage (a warning only).
  await fillCsvLong(join(dir, 'form.csv'), join(dir, 'scratch-long.csv'), q, as(uka, 'csv-typo'));
  const long = await readFile(join(dir, 'scratch-long.csv'), 'utf8');
  await writeFile(join(dir, 'in', 'typo.csv'), long.replace('\n1;ehr.coverage;', '\n1;ehr.coverag;'));
  await fillCsvLong(join(dir, 'form.csv'), join(dir, 'scratch-frac.csv'), q, as(uka, 'csv-frac'));
  const frac = await readFile(join(dir, 'scratch-frac.csv'), 'utf8');
  await writeFile(join(dir, 'in', 'fraction.csv'), frac.replace('\n1;ehr.coverage;97;', '\n1;ehr.coverage;0,97;'));
  // NDJSON: a good response, then one for another version of the questionnaire, then one for another questionnaire.
  const fhirQ = JSON.parse(await readFile(join(dir, 'form.fhir'), 'utf8')) as Record<string, unknown>;
  const other = { ...questionnaireResponse(fhirQ, q, as(uka, 'qr-old')), questionnaire: `${String(fhirQ.url)}|0.9.0` };
  const ehds = String(fhirQ.url).replace(Q, 'ehds-site-readiness');
  const another = { ...questionnaireResponse(fhirQ, q, as(uka, 'qr-ehds')), questionnaire: `${ehds}|1.0.0` };
  await writeFile(
    join(dir, 'in', 'responses.ndjson'),
    [questionnaireResponse(fhirQ, q, as(uka, 'qr-good')), other, another].map((r) => `${JSON.stringify(r)}\n`).join(''),
  );
  run = await runCli(['import', 'in', '--questionnaire', Q, '--out', 'out'], { cwd: dir });
}, 600_000);

describe('readiness import: bad inputs', () => {
  it('writes the good subjects and exits 4', async () => {
    expect(run.code, run.stderr).toBe(4);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual([
      'csv-frac-2026.yaml',
      'csv-one-2026.yaml',
      'de-uka-2026.yaml',
      'qr-good-2026.yaml',
    ]);
  });
  it('a deleted row', () =>
    expect(run.stderr).toContain(
      "in/row-deleted.xlsx!ehr!A5: error: expected the indicator 'ehr.cpoe' here, found 'ehr.closed-loop-medication'",
    ));
  it('a renamed sheet', () =>
    expect(run.stderr).toContain(
      "in/sheet-renamed.xlsx: error: sheet 'integration' is missing (found 'Integration data')",
    ));
  it('a value outside the drop-down', () =>
    expect(run.stderr).toMatch(/in\/off-list\.xlsx!ehr!C5: error: answer to 'ehr\.cpoe' \(level\): 9 is not a level/));
  it('a text in a number cell', () =>
    expect(run.stderr).toMatch(
      /in\/text-number\.xlsx!ehr!C3: error: answer to 'ehr\.coverage' \(percentage\): expects a percentage/,
    ));
  it('a formula cell', () => expect(run.stderr).toContain('in/formula.xlsx!ehr!C3: error: holds a formula'));
  it('a merged cell', () => expect(run.stderr).toMatch(/in\/merged\.xlsx!ehr!C4: error: is part of merged cells/));
  it('an empty workbook', () => expect(run.stderr).toContain('in/empty.xlsx: error: holds no answers'));
  it('a password-protected workbook', () =>
    expect(run.stderr).toContain('in/password.xlsx: error: cannot be read as xlsx: it is encrypted'));
  it('a corrupt workbook', () =>
    expect(run.stderr).toMatch(/in\/corrupt\.xlsx: error: cannot be read as xlsx: not a valid workbook/));
  it('a CSV with mixed separators', () =>
    expect(run.stderr).toMatch(/in\/mixed\.csv:3:1: error: CSV: this row has 1 cells, the header \d+/));
  it('an unknown indicator, with "did you mean"', () =>
    expect(run.stderr).toMatch(
      /in\/typo\.csv:\d+:3: error: 'ehr\.coverag' is not an indicator of comprehensive-diagnostics 1\.0\.0 \(did you mean ehr\.coverage[,?]/,
    ));
  it('a fraction for a percentage is a warning, and the subject is written', async () => {
    expect(run.stderr).toMatch(
      /in\/fraction\.csv:\d+:3: warning: answer to 'ehr\.coverage': 0\.97 looks like a fraction/,
    );
    expect(await readFile(join(dir, 'out', 'csv-frac-2026.yaml'), 'utf8')).toContain('value: 0.97');
  });
  it('a QuestionnaireResponse for another version', () =>
    expect(run.stderr).toContain(
      'in/responses.ndjson:2 QuestionnaireResponse.questionnaire: error: answers questionnaire https://interop-readiness.org/fhir/Questionnaire/comprehensive-diagnostics|0.9.0',
    ));
  it('a QuestionnaireResponse for another questionnaire', () =>
    expect(run.stderr).toContain(
      'in/responses.ndjson:3 QuestionnaireResponse.questionnaire: error: answers questionnaire https://interop-readiness.org/fhir/Questionnaire/ehds-site-readiness|1.0.0',
    ));
  it('a duplicated subject: neither copy is written', () => {
    expect(run.stderr).toMatch(
      /in\/dup-a\.xlsx: error: subject dup-a for period 2026 is answered more than once \(also at in\/dup-b\.xlsx\)/,
    );
    expect(run.stderr).toMatch(/in\/dup-b\.xlsx: error: subject dup-a for period 2026 is answered more than once/);
  });
  it('keeps the respondent, the date and the source, note and date of each answer', async () => {
    const text = await readFile(join(dir, 'out', 'de-uka-2026.yaml'), 'utf8');
    expect(text).toMatch(/assessedBy: Office of the CIO/);
    expect(text).toMatch(/date: 2026-10-12/);
    expect(text).toMatch(
      /ehr\.coverage:\n {4}value: 97\n {4}source: documented\n {4}note: All clinical units.*\n {4}established: 2026-09-30/,
    );
  });
});

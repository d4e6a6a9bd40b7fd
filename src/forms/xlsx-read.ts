import ExcelJS from 'exceljs';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Location } from '../errors/location.js';
import type { AnswerSource } from '../questionnaire/assessment-model.js';
import type { Indicator, Questionnaire } from '../questionnaire/model.js';
import { SOURCES, SUBJECT_FIELDS } from './form-fields.js';
import { FORM_RULES } from './form-rules.js';
import { cellToValue, checkFormAnswer, type CellValue } from './read-answer.js';
import { newSubmission, type FormFileResult, type Submission } from './submission.js';
import { cellAddress, sheetName, XLSX } from './xlsx-layout.js';

/** Excel's encrypted (password-protected) workbooks are OLE compound files, not zip archives. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Rows read from one sheet at most (a form has one per indicator): a limit listed in the README. */
export const MAX_SHEET_ROWS = 5000;

/** The parts of a sheet exceljs need not build to read its cells and merges (all but sheetData and mergeCells). */
const IGNORED_NODES = (
  'sheetPr dimension sheetViews sheetFormatPr cols autoFilter rowBreaks hyperlinks pageMargins dataValidations ' +
  'pageSetup headerFooter printOptions picture drawing sheetProtection tableParts conditionalFormatting extLst'
).split(' ');

interface Ctx {
  file: string;
  lang: string;
}

const at = (ctx: Ctx, sheet: ExcelJS.Worksheet, col: number, row: number): Location => ({
  file: `${ctx.file}!${sheet.name}!${cellAddress(col, row)}`,
});

/** A cell's typed value, or a diagnostic for a formula or merged cell. */
function readCell(ctx: Ctx, sheet: ExcelJS.Worksheet, col: number, row: number, out: Diagnostic[]): CellValue {
  const cell = sheet.getCell(row, col);
  const where = at(ctx, sheet, col, row);
  if (cell.isMerged) {
    out.push(diagnose(FORM_RULES, 'form.merged', where, { range: `with ${cell.master.address}` }));
    return null;
  }
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('formula' in v || 'sharedFormula' in v || 'error' in v) {
    out.push(diagnose(FORM_RULES, 'form.formula', where));
    return null;
  }
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('text' in v) return String(v.text);
  return String(cell.text);
}

const text = (v: CellValue): string => (v === null ? '' : String(v).trim());

function readSubjectBlock(ctx: Ctx, sheet: ExcelJS.Worksheet, s: Submission): void {
  SUBJECT_FIELDS.forEach((field, i) => {
    const row = XLSX.subjectRow + i;
    const label = text(readCell(ctx, sheet, 1, row, s.diagnostics));
    if (label !== field) {
      s.diagnostics.push(
        diagnose(FORM_RULES, 'form.structure', at(ctx, sheet, 1, row), {
          expected: `the field '${field}'`,
          found: label ? `'${label}'` : 'an empty cell',
        }),
      );
      return;
    }
    const value = text(readCell(ctx, sheet, 2, row, s.diagnostics));
    s.fieldLocations[field] = at(ctx, sheet, 2, row);
    if (value) s.subject[field] = value;
  });
}

function readTable(
  ctx: Ctx,
  sheet: ExcelJS.Worksheet,
  headerRow: number,
  indicators: Indicator[],
  s: Submission,
): void {
  const c = XLSX.col;
  for (const [i, indicator] of indicators.entries()) {
    const row = headerRow + 1 + i;
    const id = text(readCell(ctx, sheet, c.id, row, s.diagnostics));
    if (id !== indicator.id) {
      s.diagnostics.push(
        diagnose(FORM_RULES, 'form.structure', at(ctx, sheet, c.id, row), {
          expected: `the indicator '${indicator.id}'`,
          found: id ? `'${id}'` : 'an empty cell',
        }),
      );
      return; // the rows below are shifted: one error says it
    }
    const where = at(ctx, sheet, c.answer, row);
    const value = cellToValue(indicator, readCell(ctx, sheet, c.answer, row, s.diagnostics), ctx.lang, '.');
    s.diagnostics.push(...checkFormAnswer(indicator, value, where));
    const source = text(readCell(ctx, sheet, c.source, row, s.diagnostics));
    if (source && !(SOURCES as readonly string[]).includes(source))
      s.diagnostics.push(diagnose(FORM_RULES, 'form.source', at(ctx, sheet, c.source, row), { found: source }));
    const note = text(readCell(ctx, sheet, c.note, row, s.diagnostics));
    const date = text(readCell(ctx, sheet, c.date, row, s.diagnostics));
    if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date))
      s.diagnostics.push(diagnose(FORM_RULES, 'form.date', at(ctx, sheet, c.date, row), { found: date }));
    s.answers.set(indicator.id, {
      value,
      ...(source ? { source: source as AnswerSource } : {}),
      ...(note ? { note } : {}),
      ...(date ? { date } : {}),
      location: where,
    });
  }
  const after = headerRow + 1 + indicators.length;
  const extra = text(readCell(ctx, sheet, c.id, after, []));
  if (extra)
    s.diagnostics.push(
      diagnose(FORM_RULES, 'form.structure', at(ctx, sheet, c.id, after), {
        expected: 'the end of the table',
        found: `'${extra}'`,
      }),
    );
}

function metaValue(meta: ExcelJS.Worksheet, key: string): string {
  for (let row = 1; row <= 10; row++)
    if (String(meta.getCell(row, 1).value ?? '') === key) return String(meta.getCell(row, 2).value ?? '');
  return '';
}

function fileError(
  file: string,
  rule: 'form.unreadable' | 'form.empty' | 'form.not-a-form',
  params = {},
): FormFileResult {
  return { submissions: [], fileDiagnostics: [diagnose(FORM_RULES, rule, { file }, params)] };
}

function hasValues(workbook: ExcelJS.Workbook): boolean {
  return workbook.worksheets.some((w) => w.actualRowCount > 0);
}

/** Reads a filled form workbook (made by {@link xlsxForm}): its subjects, each with its answers checked. */
export async function readXlsxForm(
  file: string,
  data: Uint8Array,
  q: Questionnaire,
  lang: string,
): Promise<FormFileResult> {
  if (OLE_MAGIC.every((b, i) => data[i] === b))
    return fileError(file, 'form.unreadable', { format: 'xlsx', reason: 'it is encrypted (saved with a password)' });
  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    await workbook.xlsx.load(buffer, { ignoreNodes: IGNORED_NODES });
  } catch (error) {
    return fileError(file, 'form.unreadable', {
      format: 'xlsx',
      reason: `not a valid workbook (${(error as Error).message.split('\n')[0]?.slice(0, 120) ?? ''})`,
    });
  }
  if (!hasValues(workbook)) return fileError(file, 'form.empty');
  const meta = workbook.getWorksheet(XLSX.metaSheet);
  if (!meta || metaValue(meta, XLSX.magic) === '' || String(meta.getCell(1, 1).value) !== XLSX.magic)
    return fileError(file, 'form.not-a-form', { reason: `its hidden sheet '${XLSX.metaSheet}' is missing` });
  const found = `${metaValue(meta, 'questionnaire')} ${metaValue(meta, 'version')}`;
  if (found !== `${q.id} ${q.version}`)
    return {
      submissions: [],
      fileDiagnostics: [
        diagnose(FORM_RULES, 'form.questionnaire', { file }, { found, expected: `${q.id} ${q.version}` }),
      ],
    };
  const ctx: Ctx = { file, lang: metaValue(meta, 'lang') || lang };
  const tooLong = workbook.worksheets.find((w) => w.rowCount > MAX_SHEET_ROWS);
  if (tooLong)
    return fileError(file, 'form.unreadable', {
      format: 'xlsx',
      reason: `sheet '${tooLong.name}' has ${tooLong.rowCount} rows, more than the ${MAX_SHEET_ROWS} read`,
    });
  const names = workbook.worksheets.map((w) => w.name).filter((n) => n !== XLSX.metaSheet && n !== XLSX.listSheet);
  const missing = (sheet: string, s: Submission): void => {
    const unknown = names.filter((n) => n !== XLSX.subjectSheet && !q.domains.some((d) => sheetName(d.id) === n));
    s.diagnostics.push(
      diagnose(FORM_RULES, 'form.sheet-missing', s.location, {
        sheet,
        found: unknown.length ? ` (found ${unknown.map((n) => `'${n}'`).join(', ')})` : '',
      }),
    );
  };
  if (metaValue(meta, 'layout') === 'subjects') {
    const indicators = q.domains.flatMap((d) => d.indicators);
    return {
      fileDiagnostics: [],
      submissions: names.map((name) => {
        const sheet = workbook.getWorksheet(name)!;
        const s = newSubmission({ file: `${file}!${name}` });
        readSubjectBlock(ctx, sheet, s);
        readTable(ctx, sheet, XLSX.subjectTableHeaderRow, indicators, s);
        return s;
      }),
    };
  }
  const s = newSubmission({ file });
  const subjectSheet = workbook.getWorksheet(XLSX.subjectSheet);
  if (subjectSheet) readSubjectBlock(ctx, subjectSheet, s);
  else missing(XLSX.subjectSheet, s);
  for (const d of q.domains) {
    const sheet = workbook.getWorksheet(sheetName(d.id));
    if (sheet) readTable(ctx, sheet, XLSX.domainHeaderRow, d.indicators, s);
    else missing(sheetName(d.id), s);
  }
  return { submissions: [s], fileDiagnostics: [] };
}

import ExcelJS from 'exceljs';
import type { Indicator, Questionnaire } from '../questionnaire/model.js';
import { pickText } from '../questionnaire/text.js';
import { fixZipDates } from '../report/render/xlsx/fixed-zip-dates.js';
import {
  allowedText,
  formChoices,
  formRange,
  questionText,
  SOURCES,
  SUBJECT_FIELD_HELP,
  SUBJECT_FIELDS,
  type FormSubject,
} from './form-fields.js';
import { cellAddress, sheetName, XLSX } from './xlsx-layout.js';

/** A fixed date for the workbook's properties: same questionnaire, same workbook content. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

const PROTECTION = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  formatCells: false,
  insertRows: false,
  deleteRows: false,
  insertColumns: false,
  deleteColumns: false,
  sort: false,
  autoFilter: false,
} as const;

interface ListRefs {
  ref: Map<string, string>;
}

function addLists(workbook: ExcelJS.Workbook, q: Questionnaire, lang: string): ListRefs {
  const sheet = workbook.addWorksheet(XLSX.listSheet, { state: 'veryHidden' });
  const ref = new Map<string, string>();
  let col = 1;
  const addList = (key: string, entries: string[]): void => {
    entries.forEach((e, i) => (sheet.getCell(i + 1, col).value = e));
    const letters = cellAddress(col, 1).replace(/\d+$/, '');
    ref.set(key, `'${XLSX.listSheet}'!$${letters}$1:$${letters}$${entries.length}`);
    col++;
  };
  addList('@source', [...SOURCES]);
  for (const d of q.domains)
    for (const i of d.indicators)
      if (i.type === 'level' || i.type === 'choice' || i.type === 'boolean')
        addList(
          i.id,
          formChoices(i, lang)
            .map((c) => c.entry)
            .concat('unknown'),
        );
  return { ref };
}

function answerValidation(indicator: Indicator, lists: ListRefs): ExcelJS.DataValidation | undefined {
  const list = lists.ref.get(indicator.id);
  const base = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop' as const };
  if (list) return { ...base, type: 'list', formulae: [list], error: 'Choose an answer from the list' };
  const range = formRange(indicator);
  if (range.min === undefined && range.max === undefined) return undefined;
  const min = range.min ?? -1e15;
  const max = range.max ?? 1e15;
  return {
    ...base,
    type: 'decimal',
    operator: 'between',
    formulae: [min, max],
    error: `Type a number from ${min} to ${max}`,
  };
}

function open(cell: ExcelJS.Cell): void {
  cell.protection = { locked: false };
}

function addSubjectBlock(sheet: ExcelJS.Worksheet, subject: FormSubject): void {
  sheet.getRow(1).values = ['Field', 'Value', 'Explanation'];
  sheet.getRow(1).font = { bold: true };
  SUBJECT_FIELDS.forEach((field, i) => {
    const row = XLSX.subjectRow + i;
    sheet.getCell(row, 1).value = field;
    const value = sheet.getCell(row, 2);
    value.value = subject[field] ?? null;
    value.numFmt = '@';
    open(value);
    if (field === 'kind')
      value.dataValidation = { type: 'list', allowBlank: true, formulae: ['"site,region,country"'] };
    sheet.getCell(row, 3).value = SUBJECT_FIELD_HELP[field];
  });
  sheet.getColumn(1).width = 14;
  sheet.getColumn(2).width = 40;
  sheet.getColumn(3).width = 60;
}

function addIndicatorTable(
  sheet: ExcelJS.Worksheet,
  headerRow: number,
  indicators: Indicator[],
  lists: ListRefs,
  lang: string,
): void {
  const header = sheet.getRow(headerRow);
  header.values = [...XLSX.header];
  header.font = { bold: true };
  const c = XLSX.col;
  indicators.forEach((indicator, i) => {
    const row = headerRow + 1 + i;
    sheet.getCell(row, c.id).value = indicator.id;
    const question = sheet.getCell(row, c.question);
    question.value = questionText(indicator, lang);
    question.alignment = { wrapText: true, vertical: 'top' };
    if (indicator.help) question.note = pickText(indicator.help, lang);
    const answer = sheet.getCell(row, c.answer);
    open(answer);
    const validation = answerValidation(indicator, lists);
    if (validation) answer.dataValidation = validation;
    if (indicator.type === 'multi') answer.numFmt = '@';
    const source = sheet.getCell(row, c.source);
    open(source);
    source.dataValidation = { type: 'list', allowBlank: true, formulae: [lists.ref.get('@source') ?? ''] };
    const note = sheet.getCell(row, c.note);
    open(note);
    note.alignment = { wrapText: true, vertical: 'top' };
    const date = sheet.getCell(row, c.date);
    open(date);
    date.numFmt = 'yyyy-mm-dd';
    date.dataValidation = {
      type: 'date',
      operator: 'greaterThan',
      allowBlank: true,
      formulae: [new Date(Date.UTC(1990, 0, 1))],
      showErrorMessage: true,
      error: 'Type a date (YYYY-MM-DD)',
    };
    sheet.getCell(row, c.allowed).value = allowedText(indicator, lang);
  });
  const widths = [28, 60, 24, 16, 40, 12, 60];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 1 }];
}

export interface XlsxFormOptions {
  lang: string;
  /** Several subjects: one sheet each (their fields filled in); none: a Subject sheet and one sheet per domain. */
  subjects?: FormSubject[];
}

/**
 * The questionnaire as an Excel workbook: the subject's fields, then one row per indicator (answer
 * with a drop-down or a number range, source, note, date; the help as a note on the question); the
 * structure is locked (sheet protection without a password), the answer cells are open.
 */
export async function xlsxForm(q: Questionnaire, options: XlsxFormOptions): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'readiness form';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const lang = options.lang;
  const sheets: ExcelJS.Worksheet[] = [];
  const subjects = options.subjects;
  if (subjects) {
    const used = new Set<string>();
    for (const [n, subject] of subjects.entries()) {
      let name = sheetName(subject.id ?? `subject-${n + 1}`);
      if (used.has(name.toLowerCase())) name = sheetName(`${n + 1}-${name}`);
      used.add(name.toLowerCase());
      sheets.push(workbook.addWorksheet(name));
    }
  } else {
    sheets.push(workbook.addWorksheet(XLSX.subjectSheet));
    for (const d of q.domains) sheets.push(workbook.addWorksheet(sheetName(d.id)));
  }
  const lists = addLists(workbook, q, lang);
  if (subjects)
    subjects.forEach((subject, n) => {
      const sheet = sheets[n]!;
      addSubjectBlock(sheet, subject);
      addIndicatorTable(
        sheet,
        XLSX.subjectTableHeaderRow,
        q.domains.flatMap((d) => d.indicators),
        lists,
        lang,
      );
    });
  else {
    addSubjectBlock(sheets[0]!, {});
    q.domains.forEach((d, n) => {
      const sheet = sheets[n + 1]!;
      sheet.getCell(1, 1).value = `${pickText(d.title, lang)} (${d.id})`;
      sheet.getCell(1, 1).font = { bold: true, size: 14 };
      addIndicatorTable(sheet, XLSX.domainHeaderRow, d.indicators, lists, lang);
    });
  }
  const meta = workbook.addWorksheet(XLSX.metaSheet, { state: 'veryHidden' });
  meta.addRows([
    [XLSX.magic, XLSX.formatVersion],
    ['questionnaire', q.id],
    ['version', q.version],
    ['layout', subjects ? 'subjects' : 'domains'],
    ['lang', lang],
  ]);
  for (const sheet of workbook.worksheets) await sheet.protect('', PROTECTION);
  return fixZipDates(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

import ExcelJS from 'exceljs';
import type { Table } from '../csv/table.js';
import { fixZipDates } from './fixed-zip-dates.js';

/** Excel number formats by column id: scores with one decimal, shares as percentages, ranks whole. */
function numberFormat(column: string): string | undefined {
  if (/^(overall|overall_low|overall_high|score|measured|claimed)$/.test(column) || column.startsWith('domain:'))
    return '0.0';
  if (/^(coverage|share_)/.test(column)) return '0.0%';
  if (/^(rank|rank_low|rank_high|na_domains)$/.test(column)) return '0';
  if (/weight$/.test(column)) return '0.0000';
  return undefined;
}

function addSheet(workbook: ExcelJS.Workbook, name: string, table: Table): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.header.map((id) => {
    const format = numberFormat(id);
    return {
      header: id,
      key: id,
      width: Math.min(40, Math.max(10, id.length + 2)),
      ...(format ? { style: { numFmt: format } } : {}),
    };
  });
  sheet.getRow(1).font = { bold: true };
  // Strings stay strings (never formulas): exceljs writes a text starting with = as text.
  for (const row of table.rows) sheet.addRow(row.map((v) => (v === undefined ? null : v)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
}

/**
 * report.xlsx: the sheets scores, indicators and evidence, each with the CSV files' column ids as a
 * frozen, filterable header row, numbers stored as numbers (the same rounded values as the CSV) and
 * shown with number formats. Its bytes depend on the content only (no clock).
 */
export async function reportWorkbook(sheets: {
  scores: Table;
  indicators: Table;
  evidence: Table;
}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'readiness';
  workbook.created = new Date(Date.UTC(1980, 0, 1));
  workbook.modified = workbook.created;
  addSheet(workbook, 'scores', sheets.scores);
  addSheet(workbook, 'indicators', sheets.indicators);
  addSheet(workbook, 'evidence', sheets.evidence);
  const buffer = await workbook.xlsx.writeBuffer();
  return fixZipDates(new Uint8Array(buffer));
}

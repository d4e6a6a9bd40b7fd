import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderReportFiles } from '../../../../src/report/report-files.js';
import { loadFixtures, TOOL } from '../../load-fixtures.js';

const NUMBER_COLUMNS =
  /^(rank|rank_low|rank_high|na_domains|overall|overall_low|overall_high|coverage|share_.*|domain:.*)$/;

describe('report.xlsx', () => {
  it('gives back the numbers of scores.csv, with sheets scores, indicators, evidence, frozen headers and number formats', async () => {
    const { files } = await renderReportFiles(loadFixtures('consortium'), { tool: TOOL });
    const csv = parse(files.find((f) => f.path === 'scores.csv')!.data as string, { bom: true }) as string[][];
    const workbook = new ExcelJS.Workbook();
    const xlsx = files.find((f) => f.path === 'report.xlsx')!.data as Uint8Array;
    await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['scores', 'indicators', 'evidence']);
    const sheet = workbook.getWorksheet('scores')!;
    const header = csv[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(header);
    expect(sheet.rowCount).toBe(csv.length);
    let numbers = 0;
    for (let r = 1; r < csv.length; r++) {
      header.forEach((column, c) => {
        const cell = sheet.getRow(r + 1).getCell(c + 1);
        const text = csv[r]![c]!;
        if (NUMBER_COLUMNS.test(column) && text !== '') {
          expect(cell.value, `${column} row ${r}`).toBe(Number(text));
          numbers++;
        } else if (text !== '')
          expect(String(cell.value), `${column} row ${r}`).toBe(text.replace(/^'(?=[=+\-@])/, ''));
      });
    }
    expect(numbers).toBeGreaterThan(csv.length * 5);
    for (const w of workbook.worksheets) {
      expect(w.views[0], w.name).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    const overall = header.indexOf('overall') + 1;
    expect(sheet.getRow(2).getCell(overall).numFmt).toBe('0.0');
    expect(sheet.getRow(2).getCell(header.indexOf('coverage') + 1).numFmt).toBe('0.0%');
    const evidence = workbook.getWorksheet('evidence')!;
    expect((evidence.getRow(1).values as unknown[]).slice(1)).toContain('evidence');
  });
});

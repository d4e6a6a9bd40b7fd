import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvDocument, csvFormat } from '../../../../src/report/render/csv/csv-format.js';
import { renderReportFiles } from '../../../../src/report/report-files.js';
import { loadFixtures, TOOL } from '../../load-fixtures.js';

const BOM = [0xef, 0xbb, 0xbf];
const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('csvDocument', () => {
  const header = ['subject', 'overall', 'note'];
  const rows = [
    ['Universität Köln', 48.2, 'a,b'],
    ['=SUM(A1)', -1.5, 'say "hi"\nsecond line'],
    ['Zürich; Bern', null, '+1'],
  ];

  it('starts with the UTF-8 BOM by default, so Excel reads "Universität" and not "UniversitÃ¤t"', () => {
    const text = csvDocument(header, rows, csvFormat('en'));
    expect([...bytes(text).subarray(0, 3)]).toEqual(BOM);
    // ä is the two UTF-8 bytes C3 A4 (which Windows-1252 would show as "Ã¤").
    expect(bytes(text).includes(Buffer.from('Universit\u00e4t', 'utf8'))).toBe(true);
    expect(bytes(text).includes(Buffer.from([0x74, 0xc3, 0xa4, 0x74]))).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(bytes(csvDocument(header, rows, csvFormat('en', { bom: false })))[0]).toBe(0x73); // "s"
  });

  it('reads back with csv-parse: fields, quotes, line breaks, and formulas defused', () => {
    const parsed = parse(csvDocument(header, rows, csvFormat('en')), { bom: true }) as string[][];
    expect(parsed).toEqual([
      header,
      ['Universität Köln', '48.2', 'a,b'],
      ["'=SUM(A1)", '-1.5', 'say "hi"\nsecond line'],
      ['Zürich; Bern', '', "'+1"],
    ]);
  });

  it("with ';' writes the decimal comma where the language uses it, and quotes the ';' in text", () => {
    const de = csvDocument(header, rows, csvFormat('de', { separator: ';' }));
    expect(de.split('\r\n')[1]).toBe('Universität Köln;48,2;a,b');
    expect(de).toContain('"Zürich; Bern";;');
    const parsed = parse(de, { bom: true, delimiter: ';' }) as string[][];
    expect(parsed[2]).toEqual(["'=SUM(A1)", '-1,5', 'say "hi"\nsecond line']);
    // English keeps its decimal point, whatever the separator; a comma separator keeps it in every language.
    expect(csvDocument(header, rows, csvFormat('en', { separator: ';' })).split('\r\n')[1]).toBe(
      'Universität Köln;48.2;a,b',
    );
    expect(csvDocument(header, rows, csvFormat('de')).split('\r\n')[1]).toBe('Universität Köln,48.2,"a,b"');
  });
});

describe('scores.csv of a report', () => {
  it('holds the numbers of report.json, rounded once, with the decimal comma under ;', async () => {
    const { files } = await renderReportFiles(loadFixtures('consortium'), {
      tool: TOOL,
      csv: { separator: ';' },
      language: 'fr',
    });
    const csv = files.find((f) => f.path === 'scores.csv')!.data as string;
    expect([...bytes(csv).subarray(0, 3)]).toEqual(BOM);
    const table = parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    const json = JSON.parse(files.find((f) => f.path === 'report.json')!.data as string) as {
      groups: { subjects: { key: string; overall: number | null }[] }[];
    };
    const subjects = json.groups.flatMap((g) => g.subjects);
    expect(subjects.some((s) => s.overall !== null && !Number.isInteger(s.overall))).toBe(true);
    for (const s of subjects) {
      const row = table.find((r) => r.subject_key === s.key)!;
      expect(row.overall, s.key).toBe(s.overall === null ? '' : String(s.overall).replace('.', ','));
    }
  });
});

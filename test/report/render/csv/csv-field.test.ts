import { describe, expect, it } from 'vitest';
import { csvDocument, csvField } from '../../../../src/report/render/csv/csv-field.js';

/** A small RFC 4180 parser, to read back what was written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('csvField', () => {
  it('quotes commas, quotes and line breaks (RFC 4180), and leaves plain text alone', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses formulas: text starting with = + - @ tab or CR gets an apostrophe', () => {
    for (const t of ['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx'])
      expect(csvField(t).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it('writes numbers as numbers (negative too), and null as empty', () => {
    expect(csvField(-1.5)).toBe('-1.5');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('round-trips through an RFC 4180 reader with CRLF line ends', () => {
    const doc = csvDocument(['name', 'note'], [['<script>alert(1)</script> & "Clinic"', 'a,b\nc']]);
    expect(doc.endsWith('\r\n')).toBe(true);
    expect(parseCsv(doc)).toEqual([
      ['name', 'note'],
      ['<script>alert(1)</script> & "Clinic"', 'a,b\nc'],
    ]);
  });
});

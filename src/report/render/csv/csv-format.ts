import { stringify } from 'csv-stringify/sync';
import type { Language } from '../../i18n/languages.js';

/** How the CSV files are written: for Excel by default (UTF-8 BOM), comma-separated with decimal points. */
export interface CsvFormat {
  /** Start with a UTF-8 byte order mark, so that Excel reads UTF-8 (not Windows-1252) */
  bom: boolean;
  separator: ',' | ';';
  /** Decimal comma (`48,2`): with `;` as separator, for languages that write decimals so. */
  decimalComma: boolean;
}

/** The separators `--csv-separator` accepts. */
export const CSV_SEPARATORS = [',', ';'] as const;

/**
 * The CSV format asked for: a `;` separator brings the decimal comma of languages that use it
 * (every catalogue language but English), as Excel expects in those locales; `,` keeps decimal points.
 */
export function csvFormat(lang: Language, options: { bom?: boolean; separator?: ',' | ';' } = {}): CsvFormat {
  const separator = options.separator ?? ',';
  const decimal = new Intl.NumberFormat(lang).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  return { bom: options.bom ?? true, separator, decimalComma: separator === ';' && decimal === ',' };
}

export type CsvValue = string | number | boolean | null | undefined;

/**
 * One field's text. A text starting with =, +, -, @, tab or CR gets a leading apostrophe, so a
 * spreadsheet shows it as text instead of running it as a formula (OWASP "CSV injection").
 * Numbers are written as they are (already rounded by the report model), with the format's decimal mark.
 */
function fieldText(value: CsvValue, format: CsvFormat): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return format.decimalComma ? String(value).replace('.', ',') : String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * A CSV document written by csv-stringify: header and rows, CRLF line ends (RFC 4180), fields
 * quoted where they hold the separator, a quote or a line break, ending with a line break.
 */
export function csvDocument(header: readonly string[], rows: Iterable<readonly CsvValue[]>, format: CsvFormat): string {
  const records: string[][] = [header.map((h) => fieldText(h, format))];
  for (const row of rows) records.push(row.map((v) => fieldText(v, format)));
  return stringify(records, {
    bom: format.bom,
    delimiter: format.separator,
    record_delimiter: '\r\n',
    // A bare LF or CR is quoted too (csv-stringify quotes only the record delimiter itself).
    quoted_match: /[\r\n]/,
  });
}

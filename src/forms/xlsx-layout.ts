/** Where things are in a form workbook (shared by the writer and the reader, so they cannot drift). */
export const XLSX = {
  /** The hidden sheet naming the questionnaire, version, layout and language. */
  metaSheet: '_form',
  /** The hidden sheet holding the drop-down lists. */
  listSheet: '_lists',
  subjectSheet: 'Subject',
  /** First row of the subject fields (row 1 is the header). */
  subjectRow: 2,
  /** Domain sheet: the table header row, answers from the next row. */
  domainHeaderRow: 2,
  /** Subject sheet (one sheet per subject): the table header row. */
  subjectTableHeaderRow: 11,
  header: ['Indicator', 'Question', 'Answer', 'Source', 'Note', 'Date', 'Allowed answers'],
  col: { id: 1, question: 2, answer: 3, source: 4, note: 5, date: 6, allowed: 7 },
  magic: 'readiness-form',
  formatVersion: 1,
} as const;

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
}

/** `C12` for column 3, row 12. */
export function cellAddress(col: number, row: number): string {
  let name = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row}`;
}

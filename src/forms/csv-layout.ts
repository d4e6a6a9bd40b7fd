/** The columns of the two CSV layouts (shared by the writer and the reader). */
export const CSV_LONG = ['subject', 'indicator', 'answer', 'source', 'note', 'date', 'question', 'allowed'] as const;

export type CsvLayout = 'long' | 'wide';
export type Separator = ',' | ';' | '\t';
export type DecimalMark = '.' | ',';

/** The decimal mark that goes with a separator when none is given: a comma beside ";" (European locales). */
export function defaultDecimal(separator: Separator): DecimalMark {
  return separator === ';' ? ',' : '.';
}

/** A number written with a decimal mark. */
export function formatDecimal(value: number, decimal: DecimalMark): string {
  return decimal === ',' ? String(value).replace('.', ',') : String(value);
}

import type { CsvValue } from './csv-format.js';

/** A table of the report's data under stable column ids (the same in every language): CSV and XLSX write it. */
export interface Table {
  header: readonly string[];
  rows: readonly (readonly CsvValue[])[];
}

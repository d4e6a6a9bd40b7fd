import type { FhirInputFormat } from '../reader/input-format.js';

/** How reading one input file went. */
export interface FileOutcome {
  path: string;
  format: FhirInputFormat;
  gzip: boolean;
  /** Resources validated from it (Bundle entries included). */
  resources: number;
  /** `ok`: read to the end; `partial`: read up to a problem, what came before was validated; `unreadable`: no resource could be read. */
  status: 'ok' | 'partial' | 'unreadable';
  /** Why it is partial or unreadable. */
  problem?: string;
  /** How it was read when its name said otherwise: NDJSON in a .json file, a JSON array of resources. */
  note?: string;
}

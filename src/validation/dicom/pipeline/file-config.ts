import type { DeidOption } from '../deid/deid-options.js';

/** What every file is checked with: plain data, so it can be sent to worker threads. */
export interface DicomFileConfig {
  deid: DeidOption[];
  showValues: boolean;
}

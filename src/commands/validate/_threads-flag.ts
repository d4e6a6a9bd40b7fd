import { Flags } from '@oclif/core';

/** `--threads`, the same on both validators: threads that check the export. */
export const threadsFlag = Flags.integer({
  description: 'threads that check the export (default: one per core; 0: the calling thread only)',
  min: 0,
  max: 64,
  hidden: true,
});

import { JobAccumulator } from './job-accumulator.js';
import type { BrokenInput, JobResult } from './job.js';

/** The result of a file that could not be read (or not to its end): its one finding, at its line when known. */
export function brokenInputResult(job: BrokenInput): JobResult {
  const acc = new JobAccumulator(job.seq);
  acc.addFinding({
    rule: job.rule,
    severity: 'error',
    location: job.line === undefined ? { file: job.file } : { file: job.file, line: job.line },
    message: job.message,
  });
  return acc.result(job.unreadable ? job.message : undefined);
}

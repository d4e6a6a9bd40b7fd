import type { Location } from '../../../errors/location.js';
import { FindingTally, type Finding } from '../../finding.js';
import { emptyCounts, type FhirCounts } from '../summary/fhir-counts.js';
import type { JobResult } from './job.js';
import { SAMPLE_SIZE } from './run-result.js';

/**
 * How many findings a job keeps in full (the rest are only counted): as many as the summary keeps,
 * so its sample is the run's first findings whatever the jobs' boundaries (a shard's line range
 * cuts them elsewhere than one run does).
 */
export const SAMPLE_PER_JOB = SAMPLE_SIZE;
/** How many pending references a job keeps an example location for. */
const EXAMPLES_PER_JOB = 20;

/** What one job accumulates while its resources are checked; becomes a {@link JobResult}. */
export class JobAccumulator {
  readonly counts: FhirCounts = emptyCounts();
  private readonly tally = new FindingTally();
  private readonly sample: Finding[] = [];
  private readonly defined: number[] = [];
  private readonly targets: number[] = [];
  private readonly examples: Location[] = [];
  /** Every finding, when a findings stream wants them (`--findings`); else only the sample is kept. */
  private readonly all: Finding[] | undefined;

  constructor(
    readonly seq: number,
    keepAll = false,
  ) {
    if (keepAll) this.all = [];
  }

  addFinding(finding: Finding): void {
    this.tally.add(finding);
    this.all?.push(finding);
    if (this.sample.length < SAMPLE_PER_JOB) this.sample.push(finding);
  }

  define(keyHash: number): void {
    this.defined.push(keyHash);
  }

  /** A reference to be looked for across the export; its location is only built for the first few. */
  refer(keyHash: number, location: () => Location): void {
    this.targets.push(keyHash);
    if (this.examples.length < EXAMPLES_PER_JOB) this.examples.push(location());
  }

  result(unreadable?: string): JobResult {
    const result: JobResult = {
      seq: this.seq,
      counts: this.counts,
      tally: this.tally.counts(),
      sample: this.sample,
      defined: this.defined,
      pending: { targets: this.targets, examples: this.examples },
    };
    if (unreadable !== undefined) result.unreadable = unreadable;
    if (this.all) result.all = this.all;
    return result;
  }
}

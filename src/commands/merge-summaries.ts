import { Args, Flags } from '@oclif/core';
import { ReadinessCommand } from './_base.js';

export default class MergeSummaries extends ReadinessCommand {
  static override summary = 'Merge the conformance summaries of a sharded validation (FHIR or DICOM) into one.';

  static override description = `Reads the summaries written by 'readiness validate fhir --shard K/N --out ...' (or 'validate dicom --shard K/N --out ...') for K = 1..N and writes the summary one run over all the inputs would have written: counts added, shares recomputed from the counts, rule tallies added (each rule's example from the earliest place), files, the sample or listed findings in input order, the line ranges of a split NDJSON file joined.

FHIR: references each shard left unresolved are looked up among the other shards' resources (the shards carry their keys as hashes, up to 1,048,576 of each kind; past it the merged summary says so with fhir.reference.cross-shard-limit). DICOM: studies and series are counted over all shards, and the checks across files (duplicate SOP Instance UIDs, study and series consistency, DICOMDIR references) run again over every shard's file digests (UIDs and values as hashes; past 25,000 files in a shard they stay per shard, said with dicom.across.shard-limit).

Summaries of another tool version, FHIR version, kind, inputs or options (or split size), or a missing or repeated shard, are refused saying why.

Exit codes: 0 merged; 2 a summary does not exist; 3 a summary is not a regular file (a FIFO, a device: refused before it is opened), is larger than 64 MiB, is not JSON, or is not one of the same sharded run; 5 --out exists (use --force).`;

  static override examples = [
    {
      description: 'Four shards, run anywhere, merged',
      command: '<%= config.bin %> <%= command.id %> shard-1.json shard-2.json shard-3.json shard-4.json --out all.json',
    },
  ];

  static override strict = false;

  static override args = {
    summaries: Args.string({ description: 'the shard summaries (JSON), every one of the run', required: true }),
  };

  static override flags = {
    out: Flags.string({ char: 'o', description: 'write the merged summary (JSON) to this file' }),
    force: Flags.boolean({ description: 'overwrite the --out file if it exists', default: false }),
  };

  async run(): Promise<unknown> {
    const { argv, flags } = await this.parse(MergeSummaries);
    const { mergeSummaries } = await import('../run/merge-summaries.js');
    const { renderFhirSummaryText } = await import('../validation/fhir/summary/render-text.js');
    const { formatDicomSummary } = await import('../validation/dicom/summary/format-summary.js');
    const { summary, exitCode } = await mergeSummaries({
      inputs: argv as string[],
      out: flags.out,
      force: flags.force,
    });
    if (!this.jsonEnabled()) {
      if (summary.kind === 'dicom') this.log(formatDicomSummary(summary));
      else for (const line of renderFhirSummaryText(summary)) this.log(line);
      if (flags.out) this.log(`\nwrote ${flags.out}`);
    }
    this.finish(exitCode);
    return summary;
  }
}

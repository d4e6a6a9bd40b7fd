import { Args, Flags } from '@oclif/core';
import { ReadinessCommand } from '../_base.js';

export default class ExportMeasure extends ReadinessCommand {
  static override summary = 'Write scores as FHIR: a Measure per questionnaire and a MeasureReport per scorecard.';

  static override description = `Reads scorecards (the JSON files assess --out writes, or assess --json output) and writes into --out a FHIR R4 Measure for each questionnaire (Measure-<id>.json, canonical URL https://interop-readiness.org/fhir/Measure/<id>) and one MeasureReport per scorecard (MeasureReport-<subject>-<period>.json): the overall score with the domain and indicator scores as stratifiers, the coverage, and the stage range (proven and possible), so that a national FHIR server can store and query the results. Files are never overwritten without --force.

Exit codes: 0 written; 2 a named file or folder does not exist; 3 a file is not valid JSON; 5 an output exists (use --force).`;

  static override examples = [
    {
      description: 'Score the imported assessments, then export the scores as FHIR',
      command:
        '<%= config.bin %> assess assessments/ --out scorecards/ && <%= config.bin %> <%= command.id %> scorecards/ --out fhir/',
    },
  ];

  static override strict = false;

  static override args = {
    paths: Args.string({ description: 'scorecard files and folders', required: true }),
  };

  static override flags = {
    out: Flags.string({
      char: 'o',
      description: 'folder to write the Measure and MeasureReports into',
      required: true,
    }),
    lang: Flags.string({ description: 'language of the Measure texts', default: 'en' }),
    force: Flags.boolean({ description: 'overwrite existing files', default: false }),
  };

  async run(): Promise<unknown> {
    const { argv, flags } = await this.parse(ExportMeasure);
    const { exportMeasures } = await import('../../run/measure.js');
    const result = await exportMeasures({
      inputs: argv as string[],
      out: flags.out,
      lang: flags.lang,
      force: flags.force,
    });
    if (!this.jsonEnabled())
      this.log(
        `wrote ${result.measures.length} Measure and ${result.reports.length} MeasureReport file(s) to ${flags.out}`,
      );
    return result;
  }
}

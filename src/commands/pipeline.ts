import { Args, Flags } from '@oclif/core';
import { ReadinessCommand } from './_base.js';
import { parseLanguage } from '../report/i18n/languages.js';
import { drawsFlag, seedFlag, unknownFlag } from './_uncertainty-flags.js';
import { allowExampleUrlsFlag, allowExtensionDomainFlag } from './validate/_extension-flags.js';
import { t } from '../report/i18n/translate.js';
import { pipelineSummaryLines } from '../report/terminal/pipeline-summary.js';

export default class Pipeline extends ReadinessCommand {
  static override summary =
    'The main job: validate the data exports, assess with that evidence, write the comparative report.';

  static override description = `Runs the whole chain over a consortium folder (or several), the way \`npm start\` does on the shipped examples:

1. validate every subject's data exports found under <folder>/exports/<subject-id>/fhir/ and <folder>/exports/<subject-id>/dicom/ (as 'readiness validate fhir' and 'readiness validate dicom' do), writing the conformance summaries to <out>/conformance/<subject-id>/fhir.json and dicom.json;
2. score every assessment (*.yaml) below the folder (as 'readiness assess' does), with the measured metrics as evidence: each indicator that declares an evidence metric gets the measured value, marked verified, with what was claimed kept in its note; scorecards go to <out>/scorecards/;
Filled forms in <folder>/forms/<questionnaire-id>/ (xlsx, CSV, QuestionnaireResponse JSON/NDJSON) are first imported as 'readiness import' does into <out>/imported/ and scored with the assessments; a form or subject with problems is reported and skipped.
3. write the comparative report of the scorecards (as 'readiness report' does) to <out>/report/ and print the path of its index.html.

Missing data follow each questionnaire's declared policy, or --unknown (exclude, lowest, impute-group: see assess --help); the ranking printed and the report list apart the subjects they do not rank and show, from 3 subjects on (or with --uncertainty), Monte Carlo 90% rank and score intervals (--draws, default 1000; --seed, default 1; see report --help).

Nothing is written outside --out, and an existing non-empty --out is refused unless --force is given. With --force a run starts from its own outputs only: the summaries and scorecards of the earlier run (listed in <out>/.readiness-manifest.json) are removed, files readiness did not write are kept, and the report covers this run's scorecards only. A folder without exports/ is assessed and reported without measured evidence (a note says so). A bad assessment is reported and skipped (exit code 4); the others are scored and reported.

Exit codes: 0 done; 2 a folder does not exist; 3 nothing could be scored; 4 some assessments failed (the others were scored and reported); 5 --out exists and is not empty (use --force).`;

  static override examples = [
    {
      description: 'What npm start runs',
      command: '<%= config.bin %> <%= command.id %> examples/european-consortium --out out --force',
    },
    {
      description: 'Your own consortium, dates shifted by the de-identification, report in German',
      command:
        '<%= config.bin %> <%= command.id %> my-consortium/ --out results/ --deid basic,retain-long-modified-dates --lang de',
    },
  ];

  static override strict = false;

  static override args = {
    folders: Args.string({
      description: 'consortium folders: assessments (*.yaml) and exports/<subject-id>/{fhir,dicom}/',
      required: true,
    }),
  };

  static override flags = {
    out: Flags.string({ char: 'o', description: 'output folder (conformance/, scorecards/, report/)', required: true }),
    force: Flags.boolean({
      description: 'write into an existing non-empty output folder, replacing its files',
      default: false,
    }),
    deid: Flags.string({
      description:
        'de-identification profile options for the DICOM exports, comma-separated (see validate dicom --help)',
      default: 'basic',
    }),
    lang: Flags.string({
      description:
        'language of the report, the summaries and the titles (en, de, fr, es, it, pl, pt, nl, or a regional tag of one such as de-CH; any other is an error); a questionnaire text missing in it shows in English',
      default: 'en',
    }),
    unknown: unknownFlag,
    uncertainty: Flags.boolean({
      description:
        'Monte Carlo rank and score intervals in the ranking and report (default: on for 3 subjects or more; see report --help)',
      allowNo: true,
    }),
    draws: drawsFlag,
    seed: seedFlag,
    'allow-extension-domain': allowExtensionDomainFlag,
    'allow-example-urls': allowExampleUrlsFlag,
    'contradiction-threshold': Flags.string({
      description:
        'a claim that differs from its measurement by more than this many points (0-100) is shown as a contradiction, first in "What was measured"',
      default: '20',
    }),
    findings: Flags.string({
      description:
        'stream every finding of each export to a file in this folder, <subject>-<kind>.ndjson (made if missing; never a link or a file; an existing file needs --force)',
    }),
    'findings-format': Flags.string({
      description:
        "the FHIR exports' findings files: one finding per line (default), or one OperationOutcome per resource (<subject>-fhir.outcomes.ndjson)",
      options: ['ndjson', 'operationoutcome'],
      dependsOn: ['findings'],
    }),
  };

  async run(): Promise<unknown> {
    const { argv, flags } = await this.parse(Pipeline);
    const { pipeline } = await import('../run/pipeline.js');
    const { renderRanking } = await import('../scoring/render-summary.js');
    const lang = parseLanguage(flags.lang);
    const { run, scorecards, uncertainty } = await pipeline(argv as string[], {
      ...flags,
      lang,
      allowExtensionDomains: flags['allow-extension-domain'],
      allowExampleUrls: flags['allow-example-urls'],
      findingsFormat: flags['findings-format'] as 'ndjson' | 'operationoutcome' | undefined,
    });
    for (const failure of run.failures) this.diagnose(failure.diagnostics, failure.file);
    for (const note of run.notes) this.err(`${t(lang, 'note', { note })}\n`);
    if (!this.jsonEnabled()) {
      for (const line of pipelineSummaryLines(run, lang)) this.log(line);
      this.log(`\n${renderRanking(scorecards, uncertainty, lang)}`);
      this.log(`\n${t(lang, 'cli.pipeline.report', { index: run.report.index })}`);
    }
    this.finish(run.exitCode);
    return run;
  }
}

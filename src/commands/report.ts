import { Args, Flags } from '@oclif/core';
import { ReadinessCommand } from './_base.js';
import { parseLanguage } from '../report/i18n/languages.js';
import { escapeTerminalValue } from '../errors/terminal-text.js';
import { reportSummaryLines } from '../report/terminal/report-summary.js';
import { drawsFlag, seedFlag, UNCERTAINTY_HELP, unknownFlag } from './_uncertainty-flags.js';

export default class Report extends ReadinessCommand {
  static override summary =
    'Write a report of scorecards: self-audit, consortium or national comparison, with charts (HTML, Markdown, CSV, JSON).';

  static override description = `Reads scorecards (JSON files written by 'readiness assess --out') and assessments (YAML files, scored on the way), named or found in the folders named (recursively), and writes a report into the --out folder:
  index.html      one self-contained page: charts inside, no network access, prints to A4 (open it in a browser);
  report.md       the same report in Markdown, with its charts in charts/*.png beside it;
  scores.csv      one row per subject: overall score and interval, stage, coverage, score per domain;
  indicators.csv  one row per subject and indicator: answer, status, score, weight, source, note;
  report.xlsx     scores, indicators and evidence as the sheets of one workbook (frozen header rows, number formats);
  report.json     the report model for other tools (schema: src/report/report.schema.json).

The report is chosen by how many subjects there are and of which kind:
  one subject: a self-audit (overall score, stage and coverage at a glance; radar of the domain scores, against the median and interquartile range of a --reference group; every indicator with its answer, score, source and status; gaps to the next stage; recommendations ranked by potential gain; what share of the score rests on self-reported, documented or verified answers);
  2 to 49 sites or regions: a consortium comparison (ranking with uncertainty intervals, heatmap of domain x subject, radar overlays of at most 6 subjects each, stage distribution, leaders and laggards per domain, a table of every subject);
  50 subjects or more, or countries: a national overview (box plots and percentiles per domain, breakdowns by country, region, type and size, a map of Europe when the subjects are countries);
  and, where a subject has scorecards for several periods, trend lines and the change per domain since the previous period (the comparisons use each subject's latest period).

Scorecards of different questionnaires or versions are reported in separate sections and never averaged together.

Missing data: each scorecard carries the policy it was scored under (the questionnaire's scoring.unknown, or assess --unknown); --unknown sets it for assessments scored on the way (exclude, lowest or impute-group, see assess --help). The report's method section states it in words. Subjects that rankings do not place (no overall score, or below the questionnaire's rankMinCoverage under exclude) are listed apart with their coverage; ranked subjects with n/a domains are marked.

${UNCERTAINTY_HELP} The report shows rank intervals in its ranking and table, and names the neighbours whose order is not certain. Intervals need the questionnaire: shipped questionnaires are found by id and version (the scorecard's content hash must match).

--anonymize replaces subject names by stable pseudonyms (HMAC-SHA256 of the subject id with --salt, or with the environment variable READINESS_SALT: the same salt gives the same pseudonyms; without either, a random salt is used and the pseudonyms change from run to run), leaves out place, type, free-text notes and the names of unreadable inputs, draws no map, and suppresses breakdown groups smaller than --min-group (default 3 when anonymised) together with as many others as it takes so that none can be worked out from the published figures; groups under twice --min-group show no median, quartiles, minimum or maximum.

The same inputs give byte-identical report.md, CSV and JSON files: nothing depends on the clock unless --date is given.

Exit codes: 0 written; 2 an input does not exist, no scorecard or assessment found, or options that do not go together; 3 no input could be read; 4 some inputs were skipped (the report covers the others); 5 --out is a file, or an existing folder that is not empty (use --force).`;

  static override examples = [
    {
      description: 'A consortium report of every scorecard in a folder',
      command: '<%= config.bin %> <%= command.id %> scorecards/ --out report/',
    },
    {
      description: 'Score the example assessments and report on them in one step',
      command: '<%= config.bin %> <%= command.id %> examples/european-consortium --out consortium-report/',
    },
    {
      description: "One site's self-audit against the consortium as reference group",
      command: '<%= config.bin %> <%= command.id %> scorecards/de-uka.json --reference scorecards/ --out audit/',
    },
    {
      description: 'A national report for publication: pseudonyms, groups under 3 suppressed',
      command:
        '<%= config.bin %> <%= command.id %> examples/national/ --out national/ --anonymize --salt "$REPORT_SALT" --min-group 3',
    },
  ];

  static override strict = false;

  static override args = {
    inputs: Args.string({
      description: 'scorecard JSON files, assessment YAML files, or folders of them (several may be given)',
      required: true,
    }),
  };

  static override flags = {
    out: Flags.string({
      char: 'o',
      description: 'folder to write the report into (created if missing)',
      required: true,
    }),
    reference: Flags.string({
      description: 'folder (or file) of scorecards to compare a self-audit against: median and interquartile range',
    }),
    anonymize: Flags.boolean({
      description: 'name subjects by pseudonyms and leave out what could identify them (see --salt)',
      default: false,
    }),
    salt: Flags.string({
      description:
        'secret that makes the pseudonyms (default: $READINESS_SALT, else random for this run): keep it to get the same pseudonyms next time',
    }),
    'min-group': Flags.integer({
      description:
        'breakdown groups with fewer subjects show no figures, with complementary suppression; no order statistics under twice this (default 3 with --anonymize, else 1)',
      min: 1,
    }),
    title: Flags.string({ description: 'title of the report (default from the questionnaire and the kind of report)' }),
    date: Flags.string({
      description: 'date printed in the report, YYYY-MM-DD (none by default, so reruns give the same bytes)',
    }),
    lang: Flags.string({
      description:
        'language of the report and of the titles of assessments scored on the way (en, de, fr, es, it, pl, pt, nl, or a regional tag of one such as de-CH; any other is an error)',
      default: 'en',
    }),
    'csv-bom': Flags.string({
      description:
        'start scores.csv and indicators.csv with a UTF-8 byte order mark, so that Excel reads them as UTF-8',
      options: ['true', 'false'],
      default: 'true',
    }),
    'csv-separator': Flags.string({
      description:
        "field separator of the CSV files: ',' (decimal points) or ';' (with the decimal comma of --lang where it has one, as Excel expects in those locales)",
      options: [',', ';'],
      default: ',',
    }),
    force: Flags.boolean({
      description:
        "write into an existing, non-empty --out folder: the earlier report's files (listed in its .readiness-manifest.json) are replaced or removed, other files kept",
      default: false,
    }),
    unknown: unknownFlag,
    uncertainty: Flags.boolean({
      description:
        'Monte Carlo rank and score intervals (default: on for a questionnaire group of 3 subjects or more; --no-uncertainty leaves them out)',
      allowNo: true,
    }),
    draws: drawsFlag,
    seed: seedFlag,
    'contradiction-threshold': Flags.string({
      description:
        'a claim that differs from its measurement by more than this many points (0-100) is shown as a contradiction, first in "What was measured"',
      default: '20',
    }),
  };

  async run(): Promise<unknown> {
    const { argv, flags } = await this.parse(Report);
    const { report } = await import('../run/report.js');
    const lang = parseLanguage(flags.lang);
    const { run: result } = await report(argv as string[], { ...flags, lang });
    for (const s of result.skipped) this.logToStderr(`${s.message}\n  (skipped ${escapeTerminalValue(s.file)})`);
    // Not logToStderr: oclif silences it under --json, and an option that did nothing must be seen.
    for (const w of result.warnings) this.err(`Warning: ${w.message}${w.hint ? `\n  fix: ${w.hint}` : ''}\n`);
    if (result.randomSalt)
      this.logToStderr(
        'Warning: --anonymize without --salt (or READINESS_SALT): the pseudonyms were made with a random salt and will differ in the next run; give --salt to keep them stable.',
      );
    if (!this.jsonEnabled()) for (const line of reportSummaryLines(result, flags.out, lang)) this.log(line);
    this.finish(result.exitCode);
    return result;
  }
}

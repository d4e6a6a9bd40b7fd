import { Args, Flags } from '@oclif/core';
import type { UnknownPolicy } from '../questionnaire/model.js';
import { ReadinessCommand } from './_base.js';
import { parseLanguage } from '../report/i18n/languages.js';
import { t } from '../report/i18n/translate.js';
import { drawsFlag, seedFlag, UNCERTAINTY_HELP, unknownFlag } from './_uncertainty-flags.js';

export default class Assess extends ReadinessCommand {
  static override summary =
    'Score assessments against their questionnaires: score, stage, coverage, gaps and recommendations.';

  static override description = `Reads assessment YAML files (or folders of them, searched recursively for *.yaml and *.yml), checks each against the questionnaire it names (a shipped one from questionnaires/, or the file given with --questionnaire), and scores it.

For one assessment it prints a summary: the overall score (0-100) with its bounds had every unknown answer been the lowest and the best, the maturity stage, coverage (share of weight answered) and the share of answers self-reported, documented and verified, every domain's score, the conditions of the next stage that are not met (gaps: "-" unmet, "?" unknown), the action plan and the recommendations. For several it prints a ranking table.

The stage is a range when gate answers are missing. A stage gate whose answer is unknown, missing, imputed or expired is neither passed nor failed but unknown (as is a domain or overall threshold that the missing answers could still decide). The stage *proven* is the highest whose every gate (and every lower one) is true; the stage *possible* is the highest no gate rules out, reached were the unknown answers to hold. When they differ the stage reads "Digital (up to Integrated; gate answers unknown: 3)", and reports count it as "not determined", never at the lower stage.

The action plan gives, for the stage after the proven one and the one after that, the smallest set of answer changes found that proves it, each with its answer now, the answer needed and its gain of the overall score; unknown answers the stages depend on are listed apart: answer these first. Every gain starts from a stated base, the overall score now (counting every domain with an answer). Recommendations are for answered indicators, ranked by gain per change (the overall score recomputed with that indicator at its best, all else equal); the scorecard keeps the top 10 and the summary shows 5, unless --all.

Unknown or missing answers are never scored as 0 unless the questionnaire says so: they follow its declared missing-data policy (scoring.unknown), which --unknown overrides:
  exclude (default): they lower coverage; below the questionnaire's minimum coverage (default 65%) a domain or the overall is "insufficient data" (n/a), and a subject with less than its rankMinCoverage (default 80%) of the weight answered is not ranked: it is listed apart with its coverage;
  lowest: an unknown answer scores the indicator's lowest level (as WHO's Global Digital Health Monitor counts N/A as phase 1);
  impute-group: an unknown answer scores the median of the subject's comparison group (all assessments of the same questionnaire version in the run), marked imputed.
A ranked subject with n/a domains is marked in the ranking (its score leaves them out).

--uncertainty adds a Monte Carlo uncertainty analysis of the run's subjects: the ranking shows each subject's 90% rank and score intervals and names the neighbours whose order is not certain; --json then prints { scorecards, uncertainty } (schema: src/scoring/uncertainty.schema.json).
${UNCERTAINTY_HELP}

--json prints the scorecard (one file) or a list of scorecards (several files or a folder); --out DIR writes one <subject-id>.json scorecard per assessment, atomically, and never overwrites a file without --force (when a run holds several periods of one subject, the latest is <subject-id>.json and the earlier ones <subject-id>-<period>.json). The scorecard's JSON Schema is src/scoring/scorecard.schema.json.

Measured evidence: an answer may name a conformance summary written by 'readiness validate fhir|dicom --out' (evidence: { summary: conformance/fhir.json }, relative to the assessment file), and --evidence DIR takes every summary in DIR/<subject-id>/*.json. Each indicator that declares an evidence metric (questionnaire show lists them) then gets the measured value, marked verified, with what was claimed kept in its note. Summaries in DIR show the subject as its exports are now: they are applied to its latest period in the run only.

A bad assessment (YAML syntax, schema, unknown indicator, wrong type or range, another questionnaire version...) is reported with file:line:column and how to fix it, and skipped; the others are scored.

CI guard: --baseline SCORECARD compares the one assessment with an earlier scorecard of the same subject, questionnaire and version (e.g. the one committed last time, written by assess FILE --json > scorecard.json); it prints, before -> now, the overall score, the proven stage and every domain score, and the indicators whose score fell (under --json, on stderr). With --fail-on-drop N the run fails (exit 7) when the overall score or any domain score fell by more than N points (or was scored and is now insufficient data), or the proven stage fell. A baseline of another subject, questionnaire or version is refused (exit 2); a file that is not a scorecard exit 3. Periods are compared as time: the latest period of a subject is the one that ends last (same end: the shorter one); rankings show each subject once, on its latest period.

Exit codes: 0 all scored (and no drop past --fail-on-drop); 2 a named file or folder (or the --evidence folder) does not exist (or no assessment found), or a --baseline of another subject, questionnaire or version; 3 the assessment (or the --baseline file) is invalid (nothing scored); 4 several inputs and some failed (the others were scored); 5 an output file exists (use --force); 7 a score or the stage dropped since --baseline by more than --fail-on-drop.`;

  static override examples = [
    {
      description: 'Score one assessment and print its summary',
      command: '<%= config.bin %> <%= command.id %> my-site.yaml',
    },
    {
      description: 'Rank every assessment of a folder',
      command: '<%= config.bin %> <%= command.id %> examples/european-consortium',
    },
    {
      description: 'Write one scorecard per assessment and print them as JSON',
      command: '<%= config.bin %> <%= command.id %> examples/european-consortium/*.yaml --out scorecards/ --json',
    },
    {
      description: 'Score with the measured evidence of validated exports (conformance/de-uka/fhir.json, ...)',
      command: '<%= config.bin %> <%= command.id %> examples/european-consortium/de-uka.yaml --evidence conformance/',
    },
    {
      description: 'Show every recommendation, not only the top ones',
      command: '<%= config.bin %> <%= command.id %> examples/european-consortium/es-hcv.yaml --all',
    },
    {
      description: 'Rank a folder with 90% rank intervals (Monte Carlo, 1,000 draws, seed 1)',
      command: '<%= config.bin %> <%= command.id %> examples/national --uncertainty',
    },
    {
      description: 'Rank with unknown answers at the lowest level, as the GDHM does',
      command: '<%= config.bin %> <%= command.id %> examples/national --unknown lowest',
    },
    {
      description:
        'CI guard: fail (exit 7) when a score fell by more than 5 points, or the proven stage fell, since the committed scorecard',
      command: '<%= config.bin %> <%= command.id %> my-site.yaml --baseline scorecard.json --fail-on-drop 5',
    },
    {
      description: 'Score against your own questionnaire, titles in German',
      command: '<%= config.bin %> <%= command.id %> site.yaml --questionnaire my-questionnaire.yaml --lang de',
    },
  ];

  static override strict = false;

  static override args = {
    paths: Args.string({ description: 'assessment files and folders (several may be given)', required: true }),
  };

  static override flags = {
    questionnaire: Flags.string({
      char: 'q',
      description: 'score against this questionnaire file instead of the shipped one the assessment names',
    }),
    out: Flags.string({
      char: 'o',
      description: 'write one <subject-id>.json scorecard per assessment into this folder',
    }),
    force: Flags.boolean({ description: 'overwrite existing scorecard files in --out', default: false }),
    lang: Flags.string({
      description:
        'language of the summary and of titles and labels (en, de, fr, es, it, pl, pt, nl, or a regional tag of one such as de-CH; any other is an error); a questionnaire text missing in it shows in English',
      default: 'en',
    }),
    all: Flags.boolean({
      description:
        'keep every recommendation in the scorecards and the summary (default: the top 10 by gain per change)',
      default: false,
    }),
    evidence: Flags.string({
      char: 'e',
      description: 'folder of conformance summaries by subject (<dir>/<subject-id>/*.json) to use as measured evidence',
    }),
    unknown: unknownFlag,
    uncertainty: Flags.boolean({
      description:
        'add a Monte Carlo uncertainty analysis: 90% score and rank intervals, sensitivity per factor (see below)',
      default: false,
    }),
    draws: drawsFlag,
    seed: seedFlag,
    baseline: Flags.string({
      description:
        'an earlier scorecard of the same subject, questionnaire and version: print what changed since it (one assessment only)',
    }),
    'fail-on-drop': Flags.string({
      description:
        'with --baseline: exit 7 when the overall or a domain score fell by more than this many points, or the proven stage fell',
      dependsOn: ['baseline'],
    }),
  };

  async run(): Promise<unknown> {
    const { argv, flags } = await this.parse(Assess);
    const lang = parseLanguage(flags.lang);
    const { assess } = await import('../run/assess.js');
    const { renderSummary, renderRanking } = await import('../scoring/render-summary.js');
    const result = await assess({
      ...flags,
      lang,
      inputs: argv as string[],
      unknown: flags.unknown as UnknownPolicy | undefined,
      failOnDrop: flags['fail-on-drop'],
      onWarnings: (warnings) => this.diagnose(warnings),
    });
    // this.err (stderr), not logToStderr: a skipped input must be reported under --json too.
    for (const failure of result.failures) this.skipped(failure.error, failure.file);
    const [current] = result.scorecards;
    if (!this.jsonEnabled()) {
      if (result.single && current) this.log(renderSummary(current, { all: flags.all, lang }));
      else if (result.scorecards.length) this.log(renderRanking(result.scorecards, result.uncertainty, lang));
      if (result.written.length)
        this.log(`\n${t(lang, 'cli.assess.wrote', { n: result.written.length, dir: flags.out ?? '' })}`);
      if (result.failures.length)
        this.log(
          `\n${t(lang, 'cli.assess.failed', { n: result.failures.length, total: result.failures.length + result.files.length })}`,
        );
    }
    this.finish(result.exitCode);
    if (result.comparison && flags.baseline !== undefined) {
      const { renderBaselineComparison, dropsText } = await import('../scoring/render-baseline.js');
      const text = renderBaselineComparison(result.comparison, flags.baseline, lang);
      // Under --json stdout is the scorecard alone: the comparison goes to stderr.
      if (this.jsonEnabled()) this.err(`${text}\n`);
      else this.log(`\n${text}`);
      if (result.comparison.drops.length) {
        this.err(`Error: ${dropsText(result.comparison, lang)}\n`);
        return current;
      }
    }
    if (flags.uncertainty) return { scorecards: result.scorecards, uncertainty: result.uncertainty };
    return result.single ? current : result.scorecards;
  }
}

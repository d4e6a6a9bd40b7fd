import { parseLanguage } from '../report/i18n/languages.js';
import { ExitCode } from '../errors/exit-code.js';
import { readTextFile } from '../io/text-file.js';
import { parseScorecard } from '../report/input/parse-scorecard.js';
import type { Problem } from '../questionnaire/problem.js';
import { baselineNeedsOneFile, checkBaseline, compareWithBaseline, dropThreshold } from '../scoring/baseline-guard.js';
import type { BaselineComparison } from '../scoring/baseline-comparison.js';
import { latestScorecards } from '../scoring/latest-scorecards.js';
import { scorecardUncertainty, type GroupUncertainty } from '../scoring/monte-carlo/scorecard-uncertainty.js';
import type { Scorecard } from '../scoring/scorecard.js';
import { assessFiles, type AssessFilesOptions, type AssessFilesResult } from './assess-files.js';
import { evidenceStepFor } from './evidence-step.js';

export interface AssessOptions extends Omit<AssessFilesOptions, 'evidence' | 'recommendations'> {
  /** Keep every recommendation (default: the top 10). */
  all?: boolean;
  /** Folder of conformance summaries by subject (`<dir>/<subject-id>/*.json`) used as measured evidence. */
  evidence?: string;
  /** Add the Monte Carlo uncertainty analysis of the subjects ranked (`draws`, `seed`). */
  uncertainty?: boolean;
  draws?: number;
  seed?: number;
  /** An earlier scorecard of the one assessment's subject to compare with; `failOnDrop`: the largest fall allowed, in points. */
  baseline?: string;
  failOnDrop?: string;
  /** Told of the answers' warnings (e.g. a percentage that looks like a fraction) as soon as they are known. */
  onWarnings?: (warnings: readonly Problem[]) => void;
}

export interface AssessRun extends Omit<AssessFilesResult, 'warnings' | 'questionnaires'> {
  /** One file was named (not a folder): its summary and its scorecard, not a ranking and a list. */
  single: boolean;
  /** Empty unless `uncertainty`. */
  uncertainty: GroupUncertainty[];
  /** With `baseline`: the comparison of the one scorecard with it. */
  comparison?: BaselineComparison;
}

/**
 * `readiness assess`: scores assessment files (see {@link assessFiles}) with their evidence, and
 * on request the uncertainty of the ranking and the comparison with a baseline scorecard. A
 * baseline's flags and file are checked before anything is scored or written. One named file that
 * fails throws its error; of several, the failures are listed in the result.
 */
export async function assess(options: AssessOptions): Promise<AssessRun> {
  const { inputs, baseline: baselineFile } = options;
  const guarded = baselineFile !== undefined;
  const failOnDrop = guarded && options.failOnDrop !== undefined ? dropThreshold(options.failOnDrop) : null;
  if (guarded && inputs.length !== 1) throw baselineNeedsOneFile();
  // An earlier `assess --json` or `--out` scorecard (a formatVersion 1 scorecard is read too).
  const baseline = guarded ? parseScorecard(await readTextFile(baselineFile)) : undefined;
  const { warnings, questionnaires, ...run } = await assessFiles({
    ...options,
    evidence: await evidenceStepFor({
      inputs,
      dir: options.evidence,
      lang: options.lang === undefined ? undefined : parseLanguage(options.lang),
    }),
    recommendations: options.all ? Infinity : undefined,
  });
  // Ranks are drawn among each subject's latest period only, as the ranking shows them.
  const uncertainty = options.uncertainty
    ? scorecardUncertainty(
        latestScorecards(run.scorecards).latest,
        (id, version) => {
          const questionnaire = questionnaires.find((q) => q.id === id && q.version === version);
          return questionnaire ? { questionnaire } : undefined;
        },
        { draws: options.draws, seed: options.seed, policy: options.unknown },
      )
    : [];
  const single = inputs.length === 1 && (run.files[0] === inputs[0] || run.failures[0]?.file === inputs[0]);
  options.onWarnings?.(warnings);
  if (single && run.failures[0]) throw run.failures[0].error;
  if (guarded && !single) throw baselineNeedsOneFile();
  const current: Scorecard | undefined = run.scorecards[0];
  if (!baseline || !current || baselineFile === undefined) return { ...run, single, uncertainty };
  checkBaseline(current, baseline, baselineFile);
  const comparison = compareWithBaseline(current, baseline, failOnDrop);
  return {
    ...run,
    single,
    uncertainty,
    comparison,
    exitCode: comparison.drops.length ? ExitCode.ScoreDropped : run.exitCode,
  };
}

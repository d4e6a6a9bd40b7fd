import { join } from 'node:path';
import { ExitCode } from '../errors/exit-code.js';
import { isReadinessError, type ReadinessError } from '../errors/readiness-error.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { prepareOutputDir } from '../io/output-dir.js';
import { removeStaleTemps } from '../io/temp-name.js';
import { readTextFile } from '../io/text-file.js';
import { walkFiles } from '../io/walk.js';
import type { Assessment } from '../questionnaire/assessment-model.js';
import { QuestionnaireCatalog, sharedCatalog } from '../questionnaire/catalog.js';
import { checkAssessment, parseAssessmentSource, type LoadedAssessment } from '../questionnaire/load-assessment.js';
import { loadQuestionnaire, type LoadedQuestionnaire } from '../questionnaire/load-questionnaire.js';
import { UnknownQuestionnaireError } from '../questionnaire/unknown-questionnaire-error.js';
import type { Problem } from '../questionnaire/problem.js';
import type { Questionnaire, UnknownPolicy } from '../questionnaire/model.js';
import type { YamlSource } from '../questionnaire/yaml-source.js';
import { compileQuestionnaire } from '../scoring/compile.js';
import { groupMedians } from '../scoring/group-medians.js';
import { DuplicateSubjectError } from '../scoring/duplicate-subject-error.js';
import { scorecardFileNames } from '../scoring/scorecard-file-name.js';
import { NoAssessmentsError } from '../scoring/no-assessments-error.js';
import { scoreAssessment } from '../scoring/score-assessment.js';
import type { Scorecard } from '../scoring/scorecard.js';

/**
 * A step that turns evidence references (`evidence: { summary: ... }`) into answer values before
 * scoring. The evidence engine (src/evidence/) provides it; without one, answers are scored as given.
 */
export type EvidenceStep = (loaded: LoadedAssessment) => Promise<Assessment>;

export interface AssessFilesOptions {
  /** Assessment files and folders (searched recursively for *.yaml and *.yml). */
  inputs: readonly string[];
  /** A questionnaire file to score against instead of the shipped one the assessment names. */
  questionnaire?: string;
  /** Folder of shipped questionnaires (default: the package's questionnaires/). */
  questionnaireFolder?: string;
  lang?: string;
  /** Folder to write one `<subject-id>.json` scorecard per assessment into (atomically). */
  out?: string;
  force?: boolean;
  evidence?: EvidenceStep;
  /** How many recommendations each scorecard keeps (default 10; `Infinity` for all). */
  recommendations?: number;
  /** Missing-data policy instead of each questionnaire's declared one (`--unknown`). */
  unknown?: UnknownPolicy;
}

/** A file that could not be scored (or its scorecard not written), and why. */
export interface AssessFailure {
  file: string;
  error: ReadinessError;
}

export interface AssessFilesResult {
  /** One scorecard per good assessment, in input order. */
  scorecards: Scorecard[];
  files: string[];
  failures: AssessFailure[];
  /** Warnings about the answers of the files scored (e.g. a percentage that looks like a fraction), each at its line. */
  warnings: Problem[];
  written: string[];
  /** The questionnaires the scorecards were scored against (for the Monte Carlo uncertainty analysis). */
  questionnaires: Questionnaire[];
  /** 0 all scored; 4 some failed; else the failure's code when nothing was scored. */
  exitCode: number;
}

/** The shipped questionnaire with this id (any version: a version mismatch is then reported by the answer check), or an error at the assessment's questionnaire id. */
async function shippedOrLocated(
  catalog: QuestionnaireCatalog,
  id: string,
  source: YamlSource,
): Promise<LoadedQuestionnaire> {
  try {
    return await catalog.get(id);
  } catch (error) {
    if (error instanceof UnknownQuestionnaireError)
      throw new UnknownQuestionnaireError(id, error.known, source.locate(['questionnaire', 'id']));
    throw error;
  }
}

async function listInputs(inputs: readonly string[], failures: AssessFailure[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    try {
      const onProblem = (error: ReadinessError): void =>
        void failures.push({ file: error.location?.file ?? input, error });
      for await (const file of walkFiles([input], { accept: (p) => /\.ya?ml$/i.test(p), onProblem })) files.push(file);
    } catch (error) {
      if (!isReadinessError(error)) throw error;
      failures.push({ file: input, error });
    }
  }
  return files;
}

/**
 * The `impute-group` step: per questionnaire (each is one comparison group) whose policy is
 * impute-group, the group's median score per indicator, computed before any assessment is scored.
 */
function imputationsOf(
  loaded: readonly { questionnaire: Questionnaire; assessment: Assessment }[],
  unknown: UnknownPolicy | undefined,
): Map<Questionnaire, Map<string, number>> {
  const groups = new Map<Questionnaire, Assessment[]>();
  for (const { questionnaire, assessment } of loaded) {
    const list = groups.get(questionnaire);
    if (list) list.push(assessment);
    else groups.set(questionnaire, [assessment]);
  }
  const out = new Map<Questionnaire, Map<string, number>>();
  for (const [questionnaire, assessments] of groups) {
    const compiled = compileQuestionnaire(questionnaire);
    if ((unknown ?? compiled.unknown) === 'impute-group') out.set(questionnaire, groupMedians(compiled, assessments));
  }
  return out;
}

/**
 * Scores assessment files: each is loaded and checked against its questionnaire, its evidence
 * resolved (when a step is given), scored, and with `out` written as `<subject-id>.json` (`<subject-id>-<period>.json` for a subject's earlier periods). A bad
 * file is recorded in `failures` and skipped; the others go on.
 */
export async function assessFiles(options: AssessFilesOptions): Promise<AssessFilesResult> {
  const custom = options.questionnaire ? await loadQuestionnaire(options.questionnaire) : undefined;
  // A custom questionnaire gets a catalog of its own, so it never shadows a shipped one in later calls.
  const catalog = custom
    ? new QuestionnaireCatalog(options.questionnaireFolder)
    : sharedCatalog(options.questionnaireFolder);
  if (custom) await catalog.add(custom);
  const failures: AssessFailure[] = [];
  const files = await listInputs(options.inputs, failures);
  if (files.length === 0 && failures.length === 0) throw new NoAssessmentsError(options.inputs);
  if (options.out) {
    await prepareOutputDir(options.out, { allowNonEmpty: true });
    await removeStaleTemps(options.out);
  }
  const warnings: Problem[] = [];
  const loadedAll: { file: string; questionnaire: Questionnaire; assessment: Assessment }[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    try {
      const parsed = parseAssessmentSource(await readTextFile(file));
      const named = parsed.assessment.questionnaire;
      const questionnaire =
        custom ??
        (await catalog.get(named.id, named.version).catch(() => undefined)) ??
        (await shippedOrLocated(catalog, named.id, parsed.source));
      const loaded = checkAssessment(parsed, questionnaire);
      warnings.push(...loaded.warnings);
      const key = `${loaded.assessment.subject.id}\u0000${loaded.assessment.period}`;
      const earlier = seen.get(key);
      if (earlier)
        throw new DuplicateSubjectError(file, loaded.assessment.subject.id, loaded.assessment.period, earlier);
      seen.set(key, file);
      const assessment = options.evidence ? await options.evidence(loaded) : loaded.assessment;
      loadedAll.push({ file, questionnaire: loaded.questionnaire.questionnaire, assessment });
    } catch (error) {
      if (!isReadinessError(error)) throw error;
      failures.push({ file, error });
    }
  }
  const medians = imputationsOf(loadedAll, options.unknown);
  const scored: { file: string; card: Scorecard }[] = [];
  for (const { file, questionnaire, assessment } of loadedAll) {
    try {
      scored.push({
        file,
        card: scoreAssessment(questionnaire, assessment, {
          lang: options.lang,
          resolve: catalog.resolve,
          recommendations: options.recommendations,
          unknown: options.unknown,
          imputed: medians.get(questionnaire),
        }),
      });
    } catch (error) {
      if (!isReadinessError(error)) throw error;
      failures.push({ file, error });
    }
  }
  const scorecards: Scorecard[] = [];
  const scoredFiles: string[] = [];
  const written: string[] = [];
  const names = scorecardFileNames(scored.map((s) => s.card));
  for (const [i, { file, card }] of scored.entries()) {
    try {
      if (options.out) {
        const target = join(options.out, names[i]!);
        await writeFileAtomic(target, `${JSON.stringify(card, null, 2)}\n`, { force: options.force });
        written.push(target);
      }
      scorecards.push(card);
      scoredFiles.push(file);
    } catch (error) {
      if (!isReadinessError(error)) throw error;
      failures.push({ file, error });
    }
  }
  const exitCode =
    failures.length === 0
      ? ExitCode.Ok
      : scorecards.length > 0
        ? ExitCode.Partial
        : (failures[0]?.error.exitCode ?? ExitCode.InvalidInput);
  return {
    scorecards,
    files: scoredFiles,
    failures,
    warnings,
    written,
    exitCode,
    questionnaires: [...new Set(loadedAll.map((l) => l.questionnaire))],
  };
}

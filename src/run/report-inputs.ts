import { isReadinessError, type ReadinessError } from '../errors/readiness-error.js';
import { readTextFile } from '../io/text-file.js';
import { walkFiles } from '../io/walk.js';
import { InvalidScorecardError } from '../report/errors/invalid-scorecard-error.js';
import type { UnknownPolicy } from '../questionnaire/model.js';
import { NoAssessmentsError } from '../scoring/no-assessments-error.js';
import type { Scorecard } from '../scoring/scorecard.js';

/** What `report` read: scorecards in input order, and the inputs it had to skip with why. */
export interface ReportInputs {
  scorecards: Scorecard[];
  skipped: { file: string; error: ReadinessError }[];
  /** How many input files were found (scorecards and assessments). */
  found: number;
  /** JSON files found in folders that are not scorecards (e.g. data exports next to assessments): left alone. */
  ignored: string[];
}

const ACCEPTED = /\.(json|ya?ml)$/i;
/** Files read at the same time: enough to keep the disk busy, few enough to bound memory. */
const CONCURRENT_READS = 32;

type Outcome = { cards: Scorecard[] } | { error: ReadinessError } | { ignored: true };

/** The files named and found below the folders named, each with whether it was named itself. */
async function listFiles(
  inputs: readonly string[],
  skipped: ReportInputs['skipped'],
): Promise<{ file: string; named: boolean }[]> {
  const files: { file: string; named: boolean }[] = [];
  for (const input of inputs) {
    try {
      const onProblem = (error: ReadinessError): void =>
        void skipped.push({ file: error.location?.file ?? input, error });
      for await (const file of walkFiles([input], { accept: (p) => ACCEPTED.test(p), onProblem }))
        files.push({ file, named: file === input });
    } catch (error) {
      if (!isReadinessError(error)) throw error;
      skipped.push({ file: input, error });
    }
  }
  return files;
}

/**
 * Scores the assessment files in one run, so that a comparison group's `impute-group` medians are
 * taken over all of them; each file's outcome by its path.
 */
async function scoreAll(
  files: readonly string[],
  lang: string,
  unknown: UnknownPolicy | undefined,
): Promise<Map<string, Outcome>> {
  const out = new Map<string, Outcome>();
  if (files.length === 0) return out;
  const { assessFiles } = await import('./assess-files.js');
  const scored = await assessFiles({ inputs: files, lang, unknown });
  scored.files.forEach((file, i) => out.set(file, { cards: [scored.scorecards[i]!] }));
  for (const failure of scored.failures) out.set(failure.file, { error: failure.error });
  return out;
}

async function readOne(file: string, named: boolean): Promise<Outcome> {
  try {
    const { parseScorecard } = await import('../report/input/parse-scorecard.js');
    return { cards: [parseScorecard(await readTextFile(file))] };
  } catch (error) {
    // A JSON file found in a folder that is no scorecard at all is not an input of the report.
    if (!named && error instanceof InvalidScorecardError && error.otherJson) return { ignored: true };
    if (!isReadinessError(error)) throw error;
    return { error };
  }
}

/**
 * Reads the inputs of `report` at the edge: scorecard JSON files (checked against the scorecard
 * schema) and assessment YAML files (loaded, checked and scored as `assess` does), named or found
 * in folders (recursively, sorted), several at a time, kept in that order. A bad file is skipped
 * with its error; the others are read. JSON files found in folders that are not scorecards at all
 * (no subject, no questionnaire) are ignored.
 */
export async function readReportInputs(
  inputs: readonly string[],
  lang: string,
  unknown?: UnknownPolicy,
): Promise<ReportInputs> {
  const result: ReportInputs = { scorecards: [], skipped: [], found: 0, ignored: [] };
  const files = await listFiles(inputs, result.skipped);
  const outcomes: Outcome[] = new Array(files.length);
  const isYaml = (file: string) => /\.ya?ml$/i.test(file);
  const assessed = await scoreAll(
    files.filter((f) => isYaml(f.file)).map((f) => f.file),
    lang,
    unknown,
  );
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      const { file, named } = files[i]!;
      outcomes[i] = isYaml(file)
        ? (assessed.get(file) ?? { error: new NoAssessmentsError([file]) })
        : await readOne(file, named);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_READS, files.length) }, worker));
  outcomes.forEach((outcome, i) => {
    const file = files[i]!.file;
    if ('ignored' in outcome) result.ignored.push(file);
    else if ('error' in outcome) result.skipped.push({ file, error: outcome.error });
    else result.scorecards.push(...outcome.cards);
    if (!('ignored' in outcome)) result.found++;
  });
  return result;
}

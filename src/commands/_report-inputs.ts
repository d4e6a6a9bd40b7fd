import { isReadinessError, type ReadinessError } from '../errors/readiness-error.js';
import { readTextFile } from '../io/text-file.js';
import { walkFiles } from '../io/walk.js';
import { InvalidScorecardError } from '../report/errors/invalid-scorecard-error.js';
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

/**
 * Reads the inputs of `report` at the edge: scorecard JSON files (checked against the scorecard
 * schema) and assessment YAML files (loaded, checked and scored as `assess` does), named or found
 * in folders (recursively, sorted). A bad file is skipped with its error; the others are read.
 * JSON files found in folders that are not scorecards at all (no subject, no questionnaire) are ignored.
 */
export async function readReportInputs(inputs: readonly string[], lang: string): Promise<ReportInputs> {
  const { parseScorecard } = await import('../report/input/parse-scorecard.js');
  const result: ReportInputs = { scorecards: [], skipped: [], found: 0, ignored: [] };
  const skip = (file: string, error: unknown): void => {
    if (!isReadinessError(error)) throw error;
    result.skipped.push({ file, error });
  };
  for (const input of inputs) {
    try {
      for await (const file of walkFiles([input], { accept: (p) => ACCEPTED.test(p) })) {
        result.found++;
        try {
          if (/\.ya?ml$/i.test(file)) {
            const { assessFiles } = await import('../scoring/assess-files.js');
            const scored = await assessFiles({ inputs: [file], lang });
            result.scorecards.push(...scored.scorecards);
            for (const failure of scored.failures) skip(failure.file, failure.error);
          } else {
            result.scorecards.push(parseScorecard(await readTextFile(file)));
          }
        } catch (error) {
          // A JSON file found in a folder that is no scorecard at all is not an input of the report.
          if (file !== input && error instanceof InvalidScorecardError && error.otherJson) {
            result.found--;
            result.ignored.push(file);
            continue;
          }
          skip(file, error);
        }
      }
    } catch (error) {
      skip(input, error);
    }
  }
  return result;
}

import { readTextFile } from '../io/text-file.js';
import { walkFiles } from '../io/walk.js';
import { parseAssessmentSource } from '../questionnaire/load-assessment.js';
import { isLaterPeriod } from '../questionnaire/period.js';

/**
 * The latest period of each subject (latest by end date, see comparePeriods) among the readable assessments below `inputs` (files and
 * folders). Unreadable assessments are left out here: the scoring step reports them.
 */
export async function latestPeriods(inputs: readonly string[]): Promise<Map<string, string>> {
  const latest = new Map<string, string>();
  for await (const file of walkFiles(inputs, { accept: (p) => /\.ya?ml$/i.test(p) })) {
    try {
      const { assessment } = parseAssessmentSource(await readTextFile(file));
      const known = latest.get(assessment.subject.id);
      if (known === undefined || isLaterPeriod(assessment.period, known))
        latest.set(assessment.subject.id, assessment.period);
    } catch {
      // reported when the file is scored
    }
  }
  return latest;
}

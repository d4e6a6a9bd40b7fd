import type { TextFile } from '../io/text-file.js';
import { readTextFile } from '../io/text-file.js';
import { isAnswerEntry, type Assessment } from './assessment-model.js';
import { fractionToPercentage } from './indicator-types/percentage.js';
import type { Questionnaire } from './model.js';
import { capProblems, type Problem } from './problem.js';
import { checkAnswers } from './check-answers.js';
import { InvalidDocumentError } from './invalid-document-error.js';
import type { LoadedQuestionnaire } from './load-questionnaire.js';
import type { QuestionnaireRegistry } from './registry.js';
import { withPeriodProblem } from './period-check.js';
import { checkSchema } from './schema-check.js';
import { UnknownQuestionnaireError } from './unknown-questionnaire-error.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

/** An assessment that passed its schema and the checks against its questionnaire. */
export interface LoadedAssessment {
  assessment: Assessment;
  source: YamlSource;
  questionnaire: LoadedQuestionnaire;
  /** Warnings about answers (e.g. a percentage that looks like a fraction), each at its line. */
  warnings: Problem[];
}

/** Where to find an assessment's questionnaire: a given one (a --questionnaire file), else a registry by id. */
export interface QuestionnaireChoice {
  questionnaire?: LoadedQuestionnaire;
  registry?: QuestionnaireRegistry;
}

/** Parses an assessment's YAML and checks it against its schema only (no questionnaire yet). */
export function parseAssessmentSource(file: TextFile): { assessment: Assessment; source: YamlSource } {
  const source = parseYamlSource(file);
  const problems = withPeriodProblem(checkSchema(source, 'assessment'), source);
  if (problems.length) throw new InvalidDocumentError('assessment', problems);
  return { assessment: source.data as Assessment, source };
}

/** Checks a parsed assessment against its questionnaire; every problem at once, each with file:line:column and a fix. */
export function checkAssessment(
  parsed: { assessment: Assessment; source: YamlSource },
  questionnaire: LoadedQuestionnaire,
): LoadedAssessment {
  const problems = checkAnswers(parsed.assessment, parsed.source, questionnaire.questionnaire);
  if (problems.some((p) => p.severity === 'error')) throw new InvalidDocumentError('assessment', problems);
  const assessment = withFractionsAsPercentages(parsed.assessment, questionnaire.questionnaire);
  return { ...parsed, assessment, questionnaire, warnings: capProblems(problems) };
}

/** Answers to indicators declared `fraction: true` (0..1) as the percentages they stand for; the input is not modified. */
function withFractionsAsPercentages(assessment: Assessment, questionnaire: Questionnaire): Assessment {
  const fractions = new Set(
    questionnaire.domains
      .flatMap((d) => d.indicators)
      .filter((i) => i.type === 'percentage' && i.fraction)
      .map((i) => i.id),
  );
  if (fractions.size === 0) return assessment;
  const answers = Object.create(null) as Assessment['answers'];
  for (const [id, answer] of Object.entries(assessment.answers)) {
    const value = isAnswerEntry(answer) ? answer.value : answer;
    if (!fractions.has(id) || typeof value !== 'number') answers[id] = answer;
    else
      answers[id] = isAnswerEntry(answer)
        ? { ...answer, value: fractionToPercentage(value) }
        : fractionToPercentage(value);
  }
  return { ...assessment, answers };
}

/**
 * Parses an assessment and checks it against its questionnaire (the given one, or the registry's
 * with the id it names). Every problem is reported at once, each with file:line:column and a fix.
 */
export function parseAssessment(file: TextFile, choice: QuestionnaireChoice): LoadedAssessment {
  const parsed = parseAssessmentSource(file);
  let questionnaire = choice.questionnaire;
  if (!questionnaire) {
    const registry = choice.registry;
    const id = parsed.assessment.questionnaire.id;
    questionnaire = registry?.find(id, parsed.assessment.questionnaire.version) ?? registry?.find(id);
    if (!questionnaire)
      throw new UnknownQuestionnaireError(
        id,
        registry?.loaded.map((l) => l.questionnaire.id) ?? [],
        parsed.source.locate(['questionnaire', 'id']),
      );
  }
  return checkAssessment(parsed, questionnaire);
}

/**
 * Reads an assessment file and checks it against its questionnaire.
 * @example const { assessment, questionnaire } = await loadAssessment('my-site.yaml', { registry: await loadRegistry() });
 */
export async function loadAssessment(path: string, choice: QuestionnaireChoice): Promise<LoadedAssessment> {
  return parseAssessment(await readTextFile(path), choice);
}

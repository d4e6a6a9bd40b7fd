import type { TextFile } from '../io/text-file.js';
import { readTextFile } from '../io/text-file.js';
import { contentHash } from './canonical-hash.js';
import { InvalidDocumentError } from './invalid-document-error.js';
import { lintQuestionnaire } from './lint/lint-questionnaire.js';
import type { Questionnaire } from './model.js';
import { capProblems, type Problem } from './problem.js';
import { checkSchema } from './schema-check.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

/** A questionnaire that passed its schema and lint, with where each part was written. */
export interface LoadedQuestionnaire {
  questionnaire: Questionnaire;
  source: YamlSource;
  /** sha256 of its canonical content, recorded in scorecards. */
  hash: string;
  /** Lint warnings (errors make loading fail). */
  warnings: Problem[];
}

export interface CheckQuestionnaireOptions {
  /** Finds crosswalk targets; without it, crosswalk targets are not checked. */
  resolve?: (id: string, version: string) => Questionnaire | undefined;
}

/** Every problem of a questionnaire text (schema, then lint): never throws for content problems, only for YAML syntax. */
export function checkQuestionnaire(
  file: TextFile,
  options: CheckQuestionnaireOptions = {},
): { source: YamlSource; questionnaire?: Questionnaire; problems: Problem[] } {
  const source = parseYamlSource(file);
  const schemaProblems = checkSchema(source, 'questionnaire');
  if (schemaProblems.length) return { source, problems: capProblems(schemaProblems) };
  const questionnaire = source.data as Questionnaire;
  return {
    source,
    questionnaire,
    problems: capProblems(lintQuestionnaire({ questionnaire, source, resolve: options.resolve })),
  };
}

/**
 * Parses and checks a questionnaire's YAML text. A YAML error is a YamlSyntaxError; schema or
 * lint errors are one {@link InvalidDocumentError} listing them all.
 */
export function parseQuestionnaire(file: TextFile, options: CheckQuestionnaireOptions = {}): LoadedQuestionnaire {
  const { source, questionnaire, problems } = checkQuestionnaire(file, options);
  if (!questionnaire || problems.some((p) => p.severity === 'error'))
    throw new InvalidDocumentError('questionnaire', problems);
  return { questionnaire, source, hash: contentHash(questionnaire), warnings: problems };
}

/**
 * Reads, parses and checks a questionnaire file.
 * @example const { questionnaire } = await loadQuestionnaire('questionnaires/comprehensive-diagnostics.yaml');
 */
export async function loadQuestionnaire(
  path: string,
  options: CheckQuestionnaireOptions = {},
): Promise<LoadedQuestionnaire> {
  return parseQuestionnaire(await readTextFile(path), options);
}

import { join } from 'node:path';
import { packagePath } from '../io/package-path.js';
import { readTextFile } from '../io/text-file.js';
import { yamlFileNames } from '../io/yaml-file-names.js';
import { isReadinessError, type ReadinessError } from '../errors/readiness-error.js';
import { InvalidDocumentError } from './invalid-document-error.js';
import { crosswalkTargets } from './lint/rules/crosswalk-targets.js';
import { parseQuestionnaire, type LoadedQuestionnaire } from './load-questionnaire.js';
import type { Questionnaire } from './model.js';
import { UnknownQuestionnaireError } from './unknown-questionnaire-error.js';

/** The questionnaires found in a folder: those that load, and those that do not with why. */
export interface QuestionnaireRegistry {
  folder: string;
  loaded: LoadedQuestionnaire[];
  failed: { file: string; error: ReadinessError }[];
  /** The questionnaire with this id (and version, when given). */
  find(id: string, version?: string): LoadedQuestionnaire | undefined;
  /** Like find, but an unknown id is an {@link UnknownQuestionnaireError} with the closest ids. */
  get(id: string): LoadedQuestionnaire;
}

/** Builds a registry from loaded questionnaires (e.g. the shipped ones plus a --questionnaire file). */
export function makeRegistry(
  folder: string,
  loaded: LoadedQuestionnaire[],
  failed: QuestionnaireRegistry['failed'] = [],
): QuestionnaireRegistry {
  const sorted = [...loaded].sort(
    (a, b) =>
      a.questionnaire.id.localeCompare(b.questionnaire.id) ||
      a.questionnaire.version.localeCompare(b.questionnaire.version),
  );
  const find = (id: string, version?: string) =>
    sorted.find((l) => l.questionnaire.id === id && (version === undefined || l.questionnaire.version === version));
  return {
    folder,
    loaded: sorted,
    failed,
    find,
    get(id) {
      const found = sorted.filter((l) => l.questionnaire.id === id).pop();
      if (!found)
        throw new UnknownQuestionnaireError(
          id,
          sorted.map((l) => l.questionnaire.id),
        );
      return found;
    },
  };
}

/** A resolver over a registry, for crosswalk targets. */
export function resolverOf(
  registry: QuestionnaireRegistry,
): (id: string, version: string) => Questionnaire | undefined {
  return (id, version) => registry.find(id, version)?.questionnaire;
}

/**
 * Loads every `*.yaml` questionnaire of a folder (default: the shipped `questionnaires/`). A file
 * that fails is kept in `failed` and does not stop the others. A {@link QuestionnaireCatalog} keeps
 * the one it loaded for the rest of its run.
 */
export async function loadRegistry(folder = packagePath('questionnaires')): Promise<QuestionnaireRegistry> {
  const names = await yamlFileNames(folder);
  const loaded: LoadedQuestionnaire[] = [];
  const failed: QuestionnaireRegistry['failed'] = [];
  for (const name of names) {
    const file = join(folder, name);
    try {
      loaded.push(parseQuestionnaire(await readTextFile(file)));
    } catch (error) {
      if (!isReadinessError(error)) throw error;
      failed.push({ file, error });
    }
  }
  const registry = makeRegistry(folder, loaded, failed);
  // Second pass: crosswalk targets can be checked only once all questionnaires are known.
  for (const entry of [...loaded]) {
    const problems = crosswalkTargets.check({
      questionnaire: entry.questionnaire,
      source: entry.source,
      resolve: resolverOf(registry),
    });
    entry.warnings.push(...problems.filter((p) => p.severity === 'warning'));
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length) {
      loaded.splice(loaded.indexOf(entry), 1);
      failed.push({ file: entry.source.file, error: new InvalidDocumentError('questionnaire', errors) });
    }
  }
  return makeRegistry(folder, loaded, failed);
}

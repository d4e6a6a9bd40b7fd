import { isReadinessError } from '../errors/readiness-error.js';
import { ExitCode } from '../errors/exit-code.js';
import { readTextFile } from '../io/text-file.js';
import { checkQuestionnaire } from '../questionnaire/load-questionnaire.js';
import type { Questionnaire } from '../questionnaire/model.js';
import { countProblems, type Problem } from '../questionnaire/problem.js';
import { loadRegistry, resolverOf } from '../questionnaire/registry.js';
import { parseYamlSource } from '../questionnaire/yaml-source.js';

/** The lint result of one file. */
export interface LintFileResult {
  file: string;
  /** The questionnaire id and version, when the file passed its schema. */
  questionnaire?: { id: string; version: string };
  problems: Problem[];
}

export interface LintFilesResult {
  files: LintFileResult[];
  errors: number;
  warnings: number;
  /** 0 no errors; 2 a file is missing or a folder (and nothing else is wrong); 3 errors. */
  exitCode: number;
}

/**
 * `readiness questionnaire lint`: lints questionnaire files: YAML syntax, the JSON Schema, then every semantic rule. Crosswalk
 * targets are looked up among the shipped questionnaires and the files linted together.
 */
export async function lintQuestionnaires(
  paths: readonly string[],
  options: { questionnaireFolder?: string } = {},
): Promise<LintFilesResult> {
  const registry = await loadRegistry(options.questionnaireFolder);
  const texts = await Promise.all(
    paths.map((p) =>
      readTextFile(p).then(
        (file) => ({ file }),
        (error: unknown) => ({ error }),
      ),
    ),
  );
  // Questionnaires given together may be each other's crosswalk targets.
  const peers: Questionnaire[] = [];
  for (const t of texts) {
    if (!('file' in t)) continue;
    try {
      const data = parseYamlSource(t.file).data as Partial<Questionnaire> | null;
      if (data && typeof data === 'object' && typeof data.id === 'string' && Array.isArray(data.domains))
        peers.push(data as Questionnaire);
    } catch {
      // reported below
    }
  }
  const fromRegistry = resolverOf(registry);
  const resolve = (id: string, version: string) =>
    peers.find((p) => p.id === id && p.version === version) ?? fromRegistry(id, version);
  let usageOnly = true;
  const files = texts.map((t, i): LintFileResult => {
    const path = paths[i]!;
    try {
      if (!('file' in t)) throw t.error;
      const { questionnaire, problems } = checkQuestionnaire(t.file, { resolve });
      if (problems.some((p) => p.severity === 'error')) usageOnly = false;
      return {
        file: path,
        ...(questionnaire ? { questionnaire: { id: questionnaire.id, version: questionnaire.version } } : {}),
        problems,
      };
    } catch (error) {
      if (!isReadinessError(error)) throw error;
      if (error.exitCode !== ExitCode.Usage) usageOnly = false;
      return {
        file: path,
        problems: [
          {
            rule: error.code,
            severity: 'error',
            location: error.location ?? { file: path },
            message: error.message,
            hint: error.hint,
          },
        ],
      };
    }
  });
  const all = files.flatMap((f) => f.problems);
  const errors = countProblems(all, 'error');
  const warnings = countProblems(all, 'warning');
  return {
    files,
    errors,
    warnings,
    exitCode: errors === 0 ? ExitCode.Ok : usageOnly ? ExitCode.Usage : ExitCode.InvalidInput,
  };
}

import { join } from 'node:path';
import { isReadinessError } from '../errors/readiness-error.js';
import { packagePath } from '../io/package-path.js';
import { readTextFile } from '../io/text-file.js';
import { parseQuestionnaire, type LoadedQuestionnaire } from './load-questionnaire.js';
import type { Questionnaire } from './model.js';
import { loadRegistry, type QuestionnaireRegistry } from './registry.js';
import { UnknownQuestionnaireError } from './unknown-questionnaire-error.js';

/**
 * The shipped questionnaires, loaded only as needed: a questionnaire with id X is looked for in
 * `X.yaml` first (parsing every file only when that fails), with its crosswalk targets, so
 * scoring one assessment does not parse every questionnaire. One catalog per run.
 */
export class QuestionnaireCatalog {
  private readonly loaded = new Map<string, LoadedQuestionnaire>();
  private registry: Promise<QuestionnaireRegistry> | undefined;

  constructor(readonly folder: string = packagePath('questionnaires')) {}

  /** A loaded questionnaire (by id, and version when given), or an {@link UnknownQuestionnaireError} with the closest ids. */
  async get(id: string, version?: string): Promise<LoadedQuestionnaire> {
    const found = this.cached(id, version) ?? (await this.byFileName(id, version)) ?? (await this.byScan(id, version));
    if (!found)
      throw new UnknownQuestionnaireError(
        id,
        (await this.scan()).loaded.map((l) => l.questionnaire.id),
      );
    await this.addCrosswalkTargets(found);
    return found;
  }

  /** Adds a questionnaire loaded elsewhere (e.g. --questionnaire FILE) and its crosswalk targets. */
  async add(loaded: LoadedQuestionnaire): Promise<void> {
    this.remember(loaded);
    await this.addCrosswalkTargets(loaded);
  }

  /** Finds a questionnaire already loaded (synchronously: for scoring crosswalks). */
  readonly resolve = (id: string, version: string): Questionnaire | undefined =>
    this.loaded.get(`${id}@${version}`)?.questionnaire;

  private cached(id: string, version?: string): LoadedQuestionnaire | undefined {
    if (version !== undefined) return this.loaded.get(`${id}@${version}`);
    return [...this.loaded.values()].find((l) => l.questionnaire.id === id);
  }

  private remember(loaded: LoadedQuestionnaire): void {
    this.loaded.set(`${loaded.questionnaire.id}@${loaded.questionnaire.version}`, loaded);
  }

  private async byFileName(id: string, version?: string): Promise<LoadedQuestionnaire | undefined> {
    try {
      const loaded = parseQuestionnaire(await readTextFile(join(this.folder, `${id}.yaml`)));
      this.remember(loaded);
      return loaded.questionnaire.id === id && (version === undefined || loaded.questionnaire.version === version)
        ? loaded
        : undefined;
    } catch (error) {
      if (isReadinessError(error)) return undefined;
      throw error;
    }
  }

  private async byScan(id: string, version?: string): Promise<LoadedQuestionnaire | undefined> {
    const registry = await this.scan();
    for (const l of registry.loaded) this.remember(l);
    return registry.find(id, version) ?? (version === undefined ? undefined : registry.find(id));
  }

  /** Every questionnaire of the folder, parsed once per catalog. */
  private scan(): Promise<QuestionnaireRegistry> {
    return (this.registry ??= loadRegistry(this.folder));
  }

  private async addCrosswalkTargets(loaded: LoadedQuestionnaire): Promise<void> {
    for (const c of loaded.questionnaire.crosswalks ?? []) {
      if (this.resolve(c.target.id, c.target.version)) continue;
      const target =
        (await this.byFileName(c.target.id, c.target.version)) ?? (await this.byScan(c.target.id, c.target.version));
      if (target && target.questionnaire.version === c.target.version) this.remember(target);
    }
  }
}

// Module cache: one catalogue per questionnaire folder, per process (the catalogue owns what it parses).
const shared = new Map<string, QuestionnaireCatalog>();

/** One catalog per folder for the whole process, so repeated calls (e.g. one per input file) parse each questionnaire once. */
export function sharedCatalog(folder: string = packagePath('questionnaires')): QuestionnaireCatalog {
  let catalog = shared.get(folder);
  if (!catalog) shared.set(folder, (catalog = new QuestionnaireCatalog(folder)));
  return catalog;
}

import { loadRegistry } from '../questionnaire/registry.js';
import { pickText } from '../questionnaire/text.js';

/**
 * `readiness questionnaire list`: a row per shipped questionnaire (id, version, title in `lang`,
 * subject kinds, counts, stage model), and the files of the folder that do not load, with why.
 */
export async function listQuestionnaires(lang = 'en', folder?: string) {
  const registry = await loadRegistry(folder);
  const rows = registry.loaded.map(({ questionnaire: q }) => ({
    id: q.id,
    version: q.version,
    title: pickText(q.title, lang),
    subjectKinds: q.subjectKinds,
    domains: q.domains.length,
    indicators: q.domains.reduce((n, d) => n + d.indicators.length, 0),
    stages: q.stages?.model ?? null,
  }));
  return { rows, failed: registry.failed };
}

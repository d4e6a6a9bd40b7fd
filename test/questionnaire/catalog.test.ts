import { describe, expect, it } from 'vitest';
import { QuestionnaireCatalog, sharedCatalog } from '../../src/questionnaire/catalog.js';
import { UnknownQuestionnaireError } from '../../src/questionnaire/unknown-questionnaire-error.js';

describe('QuestionnaireCatalog', () => {
  it('loads a shipped questionnaire by id with its crosswalk targets, for the synchronous resolver', async () => {
    const catalog = new QuestionnaireCatalog();
    const loaded = await catalog.get('comprehensive-diagnostics');
    expect(loaded.questionnaire.id).toBe('comprehensive-diagnostics');
    expect(loaded.hash).toMatch(/^sha256:/);
    for (const c of loaded.questionnaire.crosswalks ?? [])
      expect(catalog.resolve(c.target.id, c.target.version)?.id).toBe(c.target.id);
    expect(await catalog.get('comprehensive-diagnostics', loaded.questionnaire.version)).toBe(loaded);
  });

  it('names an unknown id with the closest ids', async () => {
    const error = await new QuestionnaireCatalog().get('national-digital-helth').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownQuestionnaireError);
    expect((error as Error).message).toBe(
      "unknown questionnaire 'national-digital-helth' (did you mean national-digital-health?)",
    );
  });

  it('is shared per folder', () => {
    expect(sharedCatalog()).toBe(sharedCatalog());
  });
});

import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../src/questionnaire/load-assessment.js';
import { parseQuestionnaire } from '../../src/questionnaire/load-questionnaire.js';
import { loadRegistry } from '../../src/questionnaire/registry.js';
import { renderTemplate } from '../../src/questionnaire/template.js';
import { scoreValid } from '../scoring/scorecard-validator.js';
import { fixture, text } from './fixtures.js';

const subject = { id: 'de-x', name: 'Hospital "X"', kind: 'site' as const, country: 'DE' };

describe('renderTemplate', () => {
  it('writes the schema line, every question as a comment and every answer unknown', () => {
    const mini = parseQuestionnaire(fixture('mini.yaml'));
    const yaml = renderTemplate(mini.questionnaire, {
      subject,
      period: '2026',
      schemaRef: '../schema/assessment.schema.json',
      lang: 'de',
    });
    const lines = yaml.split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=../schema/assessment.schema.json');
    expect(yaml).toContain('  # == Elektronische Akte (ehr) ==');
    expect(yaml).toContain('  # Q: Is an EHR in use in every ward?');
    expect(yaml).toContain('  #   2 = Partial');
    expect(yaml).toContain('  #   national = National');
    expect(yaml).toContain('  # answer: a number in FTE per 100 beds from 0 to ∞');
    expect(lines.filter((l) => / unknown$/.test(l))).toHaveLength(6);
  });

  it('loads and scores without edits: coverage 0, insufficient data (every shipped questionnaire too)', async () => {
    const registry = await loadRegistry();
    const all = [parseQuestionnaire(fixture('mini.yaml')), ...registry.loaded];
    for (const loaded of all) {
      const yaml = renderTemplate(loaded.questionnaire, {
        subject: { ...subject, kind: loaded.questionnaire.subjectKinds[0]! },
        period: '2026-Q1',
        schemaRef: 'x.json',
      });
      const { assessment } = parseAssessment(text(yaml), { questionnaire: loaded });
      const card = scoreValid(loaded, assessment);
      expect(card.overall).toMatchObject({ coverage: 0, status: 'insufficient-data', score: null });
      expect(card.subject.name).toBe('Hospital "X"');
    }
  });
});

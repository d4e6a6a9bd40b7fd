import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidDocumentError } from '../../src/questionnaire/invalid-document-error.js';
import { parseAssessment } from '../../src/questionnaire/load-assessment.js';
import { parseQuestionnaire, type LoadedQuestionnaire } from '../../src/questionnaire/load-questionnaire.js';
import { fixture, text } from './fixtures.js';

let mini: LoadedQuestionnaire;
beforeAll(() => {
  mini = parseQuestionnaire(fixture('mini.yaml'));
});

function problemsOf(name: string): string[] {
  try {
    parseAssessment(fixture('assessments', name), { questionnaire: mini });
  } catch (error) {
    if (error instanceof InvalidDocumentError)
      return error.problems.map(
        (p) => `${p.location.line}:${p.location.column} ${p.rule}: ${p.message} | fix: ${p.hint}`,
      );
    throw error;
  }
  return [];
}

describe('parseAssessment', () => {
  it('loads valid assessments, with evidence references and answer maps', () => {
    expect(parseAssessment(fixture('assessments', 'site-a.yaml'), { questionnaire: mini }).assessment.subject.id).toBe(
      'site-a',
    );
    const b = parseAssessment(fixture('assessments', 'site-b.yaml'), { questionnaire: mini });
    expect(b.assessment.answers['standards.it-staff']).toEqual({
      value: 'unknown',
      evidence: { summary: 'conformance/fhir.json' },
    });
  });

  it('names an unknown indicator id with the closest ids', () => {
    expect(problemsOf('unknown-indicator.yaml')).toEqual([
      "6:3 answer.unknown-indicator: 'ehr.coverag' is not an indicator of mini 1.0 (did you mean ehr.coverage?) | fix: correct the id (readiness questionnaire show lists them), or remove the answer",
    ]);
  });

  it('names a value of the wrong type, out of range, or an option that does not exist', () => {
    expect(problemsOf('wrong-type.yaml')).toEqual([
      "6:17 answer.type: answer to 'ehr.maturity' (level): expects a level number: 1 (Paper), 2 (Partial), 3 (Complete) | fix: write the number of a level, or unknown",
    ]);
    expect(problemsOf('out-of-range.yaml')).toEqual([
      "5:17 answer.out-of-range: answer to 'ehr.coverage' (percentage): 140 is out of range 0..100 | fix: write a value from 0 to 100",
      "6:26 answer.unknown-option: answer to 'standards.terminology' (choice): 'regional' is not an option (did you mean national?) | fix: options: none, local, national",
    ]);
  });

  it('refuses an assessment of another questionnaire version', () => {
    expect(problemsOf('other-version.yaml')).toEqual([
      "1:37 assessment.version: the assessment answers version 2.0 of 'mini', but the questionnaire is version 1.0 | fix: move the answers into a template of version 1.0 (readiness init mini), or pass --questionnaire with the version 2.0 file",
    ]);
  });

  it('reports schema violations at their line', () => {
    expect(problemsOf('schema-violation.yaml')).toEqual([
      '2:44 schema.enum: subject.kind must be one of: "site", "region", "country" | fix: use one of the allowed values',
    ]);
  });

  it('refuses a subject kind the questionnaire does not assess', () => {
    const yaml = fixture('assessments', 'site-a.yaml').text.replace('kind: site', 'kind: country');
    expect(() => parseAssessment(text(yaml), { questionnaire: mini })).toThrow(/'mini' assesses site, not a country/);
  });

  it('refuses a document that is not a map', () => {
    expect(problemsOf('comments-only.yaml')[0]).toMatch(
      /^1:1 schema.type: the file holds no data \(only comments or blank lines\)/,
    );
    expect(() => parseAssessment(text('- a\n- b\n'), { questionnaire: mini })).toThrow(/the document must be a map/);
  });
});

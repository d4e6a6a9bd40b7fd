// A QuestionnaireResponse checked against its Questionnaire as questionnaireresponse.html and the
// questionnaire extensions of R4 define it: a required question needs an answer, an option flagged
// questionnaire-optionExclusive stands alone, and maxDecimalPlaces limits a decimal answer.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFhirValidator, type FhirResourceValidator } from '../../../../src/validation/fhir/index.js';

const URL = 'http://example.org/fhir/Questionnaire/rules';
const EXT = 'http://hl7.org/fhir/StructureDefinition/';
const questionnaire = {
  resourceType: 'Questionnaire',
  url: URL,
  status: 'active',
  item: [
    {
      linkId: 'weight',
      text: 'Weight (kg)',
      type: 'decimal',
      required: true,
      extension: [{ url: `${EXT}maxDecimalPlaces`, valueInteger: 1 }],
    },
    {
      linkId: 'symptoms',
      text: 'Symptoms',
      type: 'choice',
      repeats: true,
      answerOption: [
        { valueCoding: { system: 'http://example.org/s', code: 'cough' } },
        { valueCoding: { system: 'http://example.org/s', code: 'fever' } },
        {
          valueCoding: { system: 'http://example.org/s', code: 'none' },
          extension: [{ url: `${EXT}questionnaire-optionExclusive`, valueBoolean: true }],
        },
      ],
    },
  ],
};

let validator: FhirResourceValidator;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'readiness-qr-'));
  await writeFile(join(dir, 'q.json'), JSON.stringify(questionnaire));
  validator = await createFhirValidator({ igs: [join(dir, 'q.json')], profiles: [], showValues: false });
});

const coding = (code: string) => ({ valueCoding: { system: 'http://example.org/s', code } });
const messages = (items: unknown[]): string[] =>
  validator
    .validate(
      { resourceType: 'QuestionnaireResponse', questionnaire: URL, status: 'completed', item: items },
      { location: { file: 'qr.json' } },
    )
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.message}`);

describe('QuestionnaireResponse against its Questionnaire', () => {
  it('accepts answers within the rules', () => {
    expect(
      messages([
        { linkId: 'weight', answer: [{ valueDecimal: 72.5 }] },
        { linkId: 'symptoms', answer: [coding('cough'), coding('fever')] },
      ]),
    ).toEqual([]);
  });

  it('a required question present without an answer is an error', () => {
    expect(messages([{ linkId: 'weight' }]).join()).toContain('a required item has no answer');
  });

  it('an exclusive option with another answer is an error', () => {
    const weight = { linkId: 'weight', answer: [{ valueDecimal: 70 }] };
    expect(messages([weight, { linkId: 'symptoms', answer: [coding('cough'), coding('none')] }]).join()).toContain(
      'exclusive option',
    );
    expect(messages([weight, { linkId: 'symptoms', answer: [coding('none')] }])).toEqual([]);
  });

  it('more decimal places than maxDecimalPlaces is an error', () => {
    expect(messages([{ linkId: 'weight', answer: [{ valueDecimal: 72.25 }] }]).join()).toContain('decimal places');
  });
});

// The FHIR Questionnaire of each shipped questionnaire validates with our validator; QuestionnaireResponse checks.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { fhirQuestionnaire, type FhirJson } from '../../src/forms/fhir-questionnaire.js';
import { readQuestionnaireResponse } from '../../src/forms/fhir-response-read.js';
import type { Questionnaire } from '../../src/questionnaire/model.js';
import { loadQ } from './form-fill.js';

const SHIPPED = ['comprehensive-diagnostics', 'ehds-site-readiness', 'national-digital-health'];

describe('readiness form --format fhir', () => {
  it('writes a Questionnaire per shipped questionnaire that readiness validate fhir finds no error in', async () => {
    const dir = await tempDir();
    for (const id of SHIPPED) {
      const r = await runCli(['form', id, '--format', 'fhir', '--out', join(dir, `${id}.json`)]);
      expect(r.code, r.stderr).toBe(0);
    }
    const v = await runCli(['validate', 'fhir', dir, '--json', '--fail-on', 'warning']);
    expect(v.code, v.stdout).toBe(0);
    const summary = JSON.parse(v.stdout) as { totals: { items: number; withErrors: number }; findings: unknown[] };
    expect(summary.totals).toMatchObject({ items: 3, withErrors: 0 });
    expect(summary.findings).toEqual([]);
    const q = JSON.parse(await readFile(join(dir, 'comprehensive-diagnostics.json'), 'utf8')) as FhirJson;
    expect(q).toMatchObject({
      url: 'https://interop-readiness.org/fhir/Questionnaire/comprehensive-diagnostics',
      version: '1.0.0',
    });
  }, 400_000);
});

describe('QuestionnaireResponse checks', () => {
  let q: Questionnaire;
  let fq: FhirJson;
  const origin = { file: 'r.json', path: 'QuestionnaireResponse' };
  const subject = {
    linkId: 'subject',
    item: [
      { linkId: 'subject.id', answer: [{ valueString: 'x-site' }] },
      { linkId: 'subject.name', answer: [{ valueString: 'X' }] },
      { linkId: 'subject.kind', answer: [{ valueCoding: { code: 'site' } }] },
      { linkId: 'subject.country', answer: [{ valueString: 'DE' }] },
      { linkId: 'subject.period', answer: [{ valueString: '2026' }] },
    ],
  };
  const response = (ehr: FhirJson[], subjectItem: FhirJson = subject): FhirJson => ({
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${String(fq.url)}|${String(fq.version)}`,
    status: 'completed',
    item: [subjectItem, { linkId: 'ehr', item: ehr }],
  });
  const rules = (r: FhirJson): string[] =>
    readQuestionnaireResponse(r, origin, q, fq).diagnostics.map((d) => `${d.rule} ${d.location.path ?? ''}`);

  beforeAll(async () => {
    q = await loadQ('comprehensive-diagnostics');
    fq = fhirQuestionnaire(q, 'en');
  });

  it('accepts a good response', () => {
    expect(rules(response([{ linkId: 'ehr.coverage', answer: [{ valueDecimal: 97 }] }]))).toEqual([]);
  });
  it('catches a wrong answer type', () => {
    expect(rules(response([{ linkId: 'ehr.coverage', answer: [{ valueString: '97' }] }]))).toContain(
      'form.answer-type QuestionnaireResponse.item[1].item[0].answer[0]',
    );
  });
  it('catches an answer outside answerOption', () => {
    expect(rules(response([{ linkId: 'ehr.cpoe', answer: [{ valueCoding: { code: '9' } }] }]))).toContain(
      'form.answer-option QuestionnaireResponse.item[1].item[0].answer[0]',
    );
  });
  it('catches too many decimals', () => {
    expect(rules(response([{ linkId: 'ehr.coverage', answer: [{ valueDecimal: 97.125 }] }]))).toContain(
      'form.decimals QuestionnaireResponse.item[1].item[0].answer[0]',
    );
  });
  it('catches a missing required item', () => {
    const noName = { ...subject, item: subject.item.filter((i) => i.linkId !== 'subject.name') };
    expect(rules(response([], noName))).toContain('form.required QuestionnaireResponse.item[0]');
  });
  it('catches an exclusive option given with others', () => {
    const multi = q.domains.flatMap((d) => d.indicators).find((i) => i.type === 'multi')!;
    const domain = q.domains.find((d) => d.indicators.includes(multi))!;
    const r = response([]);
    (r.item as FhirJson[])[1] = {
      linkId: domain.id,
      item: [
        {
          linkId: multi.id,
          answer: [{ valueCoding: { code: multi.options![0]!.value } }, { valueCoding: { code: '_none' } }],
        },
      ],
    };
    expect(rules(r)).toContain('form.exclusive QuestionnaireResponse.item[1].item[0].answer[1]');
  });
  it('catches an answer to an item whose enableWhen is not met', () => {
    const gated = structuredClone(fq);
    const ehr = (gated.item as FhirJson[]).find((i) => i.linkId === 'ehr')!;
    const cpoe = (ehr.item as FhirJson[]).find((i) => i.linkId === 'ehr.cpoe')!;
    cpoe.enableWhen = [{ question: 'ehr.patient-access', operator: '=', answerBoolean: true }];
    const r = response([
      { linkId: 'ehr.cpoe', answer: [{ valueCoding: { code: '2' } }] },
      { linkId: 'ehr.patient-access', answer: [{ valueBoolean: false }] },
    ]);
    expect(readQuestionnaireResponse(r, origin, q, gated).diagnostics.map((d) => d.rule)).toContain('form.enable-when');
  });
  it('checks each answer by the rules assess applies (range)', () => {
    expect(rules(response([{ linkId: 'ehr.coverage', answer: [{ valueDecimal: 120 }] }]))).toContain(
      'form.answer QuestionnaireResponse.item[1].item[0].answer[0]',
    );
  });
});

// form -> fill -> import -> assess gives the scorecard of the equivalent YAML assessment, byte for byte.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import type { Questionnaire } from '../../src/questionnaire/model.js';
import {
  equivalentYaml,
  fillCsvLong,
  fillCsvWide,
  fillXlsx,
  formAnswers,
  loadQ,
  questionnaireResponse,
  type Filled,
} from './form-fill.js';

const Q = 'comprehensive-diagnostics';
let dir: string;
let q: Questionnaire;
let uka: Filled;
let hcv: Filled;

async function scorecard(file: string): Promise<string> {
  const r = await runCli(['assess', file, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

async function expectSameScorecards(imported: string, filled: Filled[]): Promise<void> {
  const r = await runCli(['import', imported, '--questionnaire', Q, '--out', join(dir, `${imported}-out`)], {
    cwd: dir,
  });
  expect(r.code, r.stderr).toBe(0);
  for (const f of filled) {
    const yaml = join(dir, `${f.subject.id}-equivalent.yaml`);
    await writeFile(yaml, equivalentYaml(q, f));
    const written = join(dir, `${imported}-out`, `${f.subject.id}-${f.subject.period}.yaml`);
    const text = await readFile(written, 'utf8');
    expect(text.split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=.*questionnaires\/schema\/assessment\.schema\.json$/,
    );
    expect(await scorecard(written)).toBe(await scorecard(yaml));
  }
}

beforeAll(async () => {
  dir = await tempDir('readiness-forms-');
  q = await loadQ(Q);
  uka = await formAnswers(join(ROOT, 'examples/european-consortium/de-uka.yaml'));
  hcv = await formAnswers(join(ROOT, 'examples/european-consortium/es-hcv.yaml'));
  for (const [format, extra] of [
    ['xlsx', []],
    ['csv', []],
    ['fhir', []],
  ] as const) {
    const r = await runCli(['form', Q, '--format', format, '--out', join(dir, `form.${format}`), ...extra]);
    expect(r.code, r.stderr).toBe(0);
  }
  const wide = await runCli(['form', Q, '--format', 'csv', '--layout', 'wide', '--out', join(dir, 'wide.csv')]);
  expect(wide.code, wide.stderr).toBe(0);
}, 600_000);

describe('round trips through the CLI', () => {
  it('xlsx: a workbook filled with exceljs imports to the same scorecard', async () => {
    await fillXlsx(join(dir, 'form.xlsx'), join(dir, 'uka.xlsx'), q, uka);
    await expectSameScorecards('uka.xlsx', [uka]);
  }, 300_000);

  it('csv long with ";" and decimal commas (detected) imports to the same scorecard', async () => {
    await fillCsvLong(join(dir, 'form.csv'), join(dir, 'hcv.csv'), q, hcv);
    await expectSameScorecards('hcv.csv', [hcv]);
  }, 300_000);

  it('csv wide: two subjects in one file, each the same scorecard', async () => {
    await fillCsvWide(join(dir, 'wide.csv'), join(dir, 'two.csv'), q, [uka, hcv]);
    const plain = (f: Filled): Filled => ({
      subject: f.subject,
      answers: new Map([...f.answers].map(([id, a]) => [id, { value: a.value }])),
    });
    await expectSameScorecards('two.csv', [plain(uka), plain(hcv)]);
  }, 300_000);

  it('fhir: a QuestionnaireResponse (in a Bundle) imports to the same scorecard', async () => {
    const fhirQ = JSON.parse(await readFile(join(dir, 'form.fhir'), 'utf8')) as Record<string, unknown>;
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: questionnaireResponse(fhirQ, q, uka) }, { resource: questionnaireResponse(fhirQ, q, hcv) }],
    };
    await writeFile(join(dir, 'responses.json'), JSON.stringify(bundle));
    // A QuestionnaireResponse nests an answer's source and note under the answer: an unanswered item has none.
    const answeredOnly = (f: Filled): Filled => ({
      subject: f.subject,
      answers: new Map([...f.answers].filter(([, a]) => a.value !== null)),
    });
    await expectSameScorecards('responses.json', [answeredOnly(uka), answeredOnly(hcv)]);
  }, 300_000);

  it('never overwrites an imported assessment without --force, and does with it', async () => {
    await mkdir(join(dir, 'again'));
    const args = ['import', 'uka.xlsx', '--questionnaire', Q, '--out', 'again'];
    expect((await runCli(args, { cwd: dir })).code).toBe(0);
    const second = await runCli(args, { cwd: dir });
    expect(second.code).toBe(5);
    expect(second.stderr).toMatch(/de-uka-2026\.yaml.*already exists/);
    expect((await runCli([...args, '--force'], { cwd: dir })).code).toBe(0);
    expect(await readdir(join(dir, 'again'))).toEqual(['de-uka-2026.yaml']);
  }, 300_000);
});

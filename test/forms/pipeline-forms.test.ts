// `pipeline` imports the filled forms in <folder>/forms/<questionnaire-id>/ next to the YAML assessments:
// a good workbook is scored like its YAML equivalent, a bad one is reported (located) and skipped.
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir, type CliResult } from '../helpers/cli.js';
import { equivalentYaml, fillXlsx, formAnswers, loadQ, type Filled } from './form-fill.js';

const Q = 'comprehensive-diagnostics';
let dir: string;
let hcv: Filled;
let run: CliResult;

type Card = { subject: { id: string }; indicators: { id: string; answer: unknown; score: unknown }[] };
const card = async (path: string): Promise<Card> => JSON.parse(await readFile(path, 'utf8')) as Card;

beforeAll(async () => {
  dir = await tempDir('readiness-forms-pipeline-');
  const q = await loadQ(Q);
  const consortium = join(dir, 'consortium');
  const forms = join(consortium, 'forms', Q);
  await mkdir(forms, { recursive: true });
  // The consortium example's assessments, es-hcv's sent back as a filled workbook instead of YAML.
  const example = join(ROOT, 'examples/european-consortium');
  for (const name of await readdir(example))
    if (name.endsWith('.yaml') && name !== 'es-hcv.yaml') await copyFile(join(example, name), join(consortium, name));
  hcv = await formAnswers(join(example, 'es-hcv.yaml'));
  expect((await runCli(['form', Q, '--format', 'xlsx', '--out', join(dir, 'form.xlsx')])).code).toBe(0);
  await fillXlsx(join(dir, 'form.xlsx'), join(forms, 'es-hcv.xlsx'), q, hcv);
  const bad = await fillXlsx(join(dir, 'form.xlsx'), join(dir, 'scratch.xlsx'), q, {
    ...hcv,
    subject: { ...hcv.subject, id: 'xx-bad' },
  });
  bad.getWorksheet('ehr')!.getCell('C5').value = 9;
  await bad.xlsx.writeFile(join(forms, 'xx-bad.xlsx'));
  await writeFile(join(dir, 'es-hcv-equivalent.yaml'), equivalentYaml(q, hcv));
  run = await runCli(['pipeline', consortium, '--out', join(dir, 'out'), '--json']);
}, 600_000);

describe('readiness pipeline with a folder of filled forms', () => {
  it('imports the good form, reports the bad one located, and exits 4', async () => {
    expect(run.code, run.stderr).toBe(4);
    expect(run.stderr).toMatch(/xx-bad\.xlsx!ehr!C5: error: /);
    expect(await readdir(join(dir, 'out', 'imported'))).toEqual([`es-hcv-${hcv.subject.period}.yaml`]);
    const scorecards = await readdir(join(dir, 'out', 'scorecards'));
    expect(scorecards.filter((n) => n.startsWith('xx-bad'))).toEqual([]);
  });

  it('scores the imported subject as its YAML equivalent, next to the YAML subjects', async () => {
    const scorecards = (await readdir(join(dir, 'out', 'scorecards'))).sort();
    expect(scorecards).toEqual(expect.arrayContaining(['de-uka.json', 'es-hcv.json', 'pt-hsl.json']));
    const r = await runCli(['assess', join(dir, 'es-hcv-equivalent.yaml'), '--out', join(dir, 'direct')]);
    expect(r.code, r.stderr).toBe(0);
    const [direct] = await readdir(join(dir, 'direct'));
    const viaForm = await card(join(dir, 'out', 'scorecards', 'es-hcv.json'));
    const viaYaml = await card(join(dir, 'direct', direct!));
    expect(viaForm.subject.id).toBe('es-hcv');
    expect(viaForm.indicators).toEqual(viaYaml.indicators);
    const report = JSON.parse(run.stdout) as { scorecards: string[] };
    expect(report.scorecards).toContain('es-hcv.json');
  });
});
